import { describe, expect, it } from "vitest";
import { percentOfPlan, planState, targetsInForce } from "./plan-math.ts";

const row = (month: string, value: number, metric = "revenue", fn = "vip") => ({
  month,
  function: fn,
  metric,
  value,
});

describe("targetsInForce", () => {
  it.each([
    ["nothing set", [], "2026-12", undefined],
    ["set this month", [row("2026-12", 10)], "2026-12", { value: 10, month: "2026-12" }],
    ["carried forward from an earlier month", [row("2026-09", 7)], "2026-12", { value: 7, month: "2026-09" }],
    [
      "the latest month not after this one wins",
      [row("2026-09", 7), row("2026-11", 9), row("2026-10", 8)],
      "2026-12",
      { value: 9, month: "2026-11" },
    ],
    [
      "a later month's target does not reach back",
      [row("2027-01", 12), row("2026-10", 8)],
      "2026-12",
      { value: 8, month: "2026-10" },
    ],
    ["only later months set: no target yet", [row("2027-01", 12)], "2026-12", undefined],
    [
      "a 0 withdraws the plan from its month on",
      [row("2026-10", 8), row("2026-12", 0)],
      "2026-12",
      { value: 0, month: "2026-12" },
    ],
  ] as const)("%s", (_, rows, month, expected) => {
    expect(targetsInForce(rows, month).get("vip|revenue")).toEqual(expected);
  });

  it("keeps each function's metric apart", () => {
    const held = targetsInForce(
      [row("2026-12", 1, "revenue", "vip"), row("2026-12", 2, "revenue", "farming")],
      "2026-12",
    );
    expect([held.get("vip|revenue")?.value, held.get("farming|revenue")?.value]).toEqual([1, 2]);
  });
});

describe("percentOfPlan", () => {
  it.each([
    [45, 60, 75],
    [0, 60, 0],
    [90, 60, 150],
    [1, 3, 33],
    [5, null, null],
    [5, 0, null],
    [null, 60, null],
  ])("%s of %s is %s %", (actual, target, percent) => {
    expect(percentOfPlan(actual, target)).toBe(percent);
  });
});

describe("planState", () => {
  it.each([
    [5, null, 0.5, "no-plan"],
    [5, 0, 0.5, "no-plan"],
    [null, 10, 0.5, "no-data"],
    [10, 10, 0.1, "done"],
    [5, 10, 0.5, "on-pace"],
    [4, 10, 0.5, "behind"],
    [0, 10, 0, "on-pace"],
  ] as const)("%s against %s with %f of the month gone: %s", (actual, target, elapsed, state) => {
    expect(planState(actual, target, elapsed)).toBe(state);
  });
});

import { describe, expect, it } from "vitest";
import { isRotting, type RotFacts, rotReasons } from "./rotting.ts";

const day = 86_400_000;
const deal = (over: Partial<RotFacts> = {}): RotFacts => ({
  status: "open",
  stageEnteredAt: 0,
  nextStepText: "Позвонить",
  nextStepTaskId: null,
  ...over,
});

describe("rotting", () => {
  it.each([
    ["fresh with a next step", deal(), 3, 2 * day, []],
    ["exactly at the limit", deal(), 3, 3 * day, []],
    ["past the limit", deal(), 3, 3 * day + 1, ["stale"]],
    ["a stage that never rots", deal(), null, 400 * day, []],
    ["no next step", deal({ nextStepText: " " }), 3, 0, ["no-next-step"]],
    ["a task as the next step", deal({ nextStepText: null, nextStepTaskId: "tsk_1" }), 3, 0, []],
    ["both", deal({ nextStepText: null }), 1, 2 * day, ["stale", "no-next-step"]],
    ["a won deal", deal({ status: "won", nextStepText: null }), 1, 9 * day, []],
    ["a lost deal", deal({ status: "lost", nextStepText: null }), 1, 9 * day, []],
  ] as const)("%s", (_name, facts, rottingDays, now, reasons) => {
    expect(rotReasons(facts, { rottingDays }, now)).toEqual(reasons);
    expect(isRotting(facts, { rottingDays }, now)).toBe(reasons.length > 0);
  });
});

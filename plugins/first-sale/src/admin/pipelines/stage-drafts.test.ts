import { describe, expect, it } from "vitest";
import { draftsOfStages, moveDraft, type StageDraft, stagesInput } from "./stage-drafts.ts";

const stage = (id: string, kind: string, position: number, rottingDays: number | null = 7) => ({
  id,
  kind,
  name: id,
  probability: 20,
  rottingDays,
  position,
});

describe("draftsOfStages", () => {
  it("keeps the working stages in order, without won and lost", () => {
    const drafts = draftsOfStages([
      stage("b", "open", 1, null),
      stage("won", "won", 2),
      stage("a", "open", 0),
    ]);
    expect(drafts.map((d) => [d.id, d.rottingDays])).toEqual([
      ["a", "7"],
      ["b", ""],
    ]);
  });
});

describe("moveDraft", () => {
  it.each([
    [1, -1, ["b", "a", "c"]],
    [1, 1, ["a", "c", "b"]],
    [0, -1, ["a", "b", "c"]],
    [2, 1, ["a", "b", "c"]],
  ] as const)("moves %i by %i", (index, by, order) => {
    expect(moveDraft(["a", "b", "c"], index, by)).toEqual(order);
  });
});

describe("stagesInput", () => {
  const draft = (change: Partial<StageDraft> = {}): StageDraft => ({
    key: "k",
    name: "Переговоры",
    probability: "60",
    rottingDays: "14",
    ...change,
  });
  it("sends new and existing stages; empty rotting days never rot", () => {
    expect(stagesInput([draft({ id: "stg_1" }), draft({ name: " Тендер ", rottingDays: "" })])).toEqual({
      stages: [
        { id: "stg_1", name: "Переговоры", probability: 60, rottingDays: 14 },
        { name: "Тендер", probability: 60, rottingDays: null },
      ],
    });
  });
  it.each([
    [{ name: "" }, "name"],
    [{ probability: "101" }, "probability"],
    [{ probability: "5,5" }, "probability"],
    [{ rottingDays: "0" }, "rottingDays"],
    [{ rottingDays: "abc" }, "rottingDays"],
  ] as const)("refuses %o", (change, field) => {
    expect(stagesInput([draft(), draft(change)])).toEqual({ problem: { index: 1, field } });
  });
});

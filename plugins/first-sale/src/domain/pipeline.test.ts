import { describe, expect, it } from "vitest";
import { defaultStages, firstOpenStage, planStages, type Stage } from "./pipeline.ts";

const stage = (id: string, position: number, kind: Stage["kind"] = "open"): Stage => ({
  id,
  name: id.toUpperCase(),
  position,
  kind,
  probability: 10,
  rottingDays: 5,
});
const current = [
  stage("a", 0),
  stage("b", 1),
  stage("c", 2),
  stage("won", 3, "won"),
  stage("lost", 4, "lost"),
];
const draft = (name: string, id?: string) => ({ id, name, probability: 50, rottingDays: null });

describe("planStages", () => {
  it.each([
    [
      "reorders and renames",
      [draft("C2", "c"), draft("A", "a"), draft("B", "b")],
      { add: 0, change: 3, remove: [] },
    ],
    [
      "adds a stage",
      [draft("A", "a"), draft("New"), draft("B", "b"), draft("C", "c")],
      { add: 1, change: 3, remove: [] },
    ],
    ["removes an empty stage", [draft("A", "a"), draft("B", "b")], { add: 0, change: 2, remove: ["c"] }],
  ])("%s", (_name, drafts, expected) => {
    const plan = planStages(current, drafts, new Map([["a", 2]]));
    expect({ add: plan.add.length, change: plan.change.length, remove: plan.remove }).toEqual(expected);
    expect(plan.wonPosition).toBe(drafts.length);
    expect(plan.lostPosition).toBe(drafts.length + 1);
  });

  it("keeps the submitted order as positions", () => {
    const plan = planStages(current, [draft("C", "c"), draft("A", "a")], new Map());
    expect(plan.change.map((s) => [s.id, s.position])).toEqual([
      ["c", 0],
      ["a", 1],
    ]);
  });

  it.each([
    ["no stages", [], "stages"],
    ["an empty name", [draft("  ")], "stages.0.name"],
    ["a repeated name", [draft("X"), draft("x ")], "stages.1.name"],
    ["a terminal stage id", [draft("X", "won")], "stages.0.id"],
    ["an unknown id", [draft("X", "zzz")], "stages.0.id"],
  ])("refuses %s naming the field", (_name, drafts, field) => {
    expect(() => planStages(current, drafts, new Map())).toThrow(
      expect.objectContaining({
        code: "BAD_INPUT",
        fields: expect.objectContaining({ [field]: expect.any(String) }),
      }),
    );
  });

  it("refuses to remove a stage that holds open deals", () => {
    expect(() => planStages(current, [draft("B", "b"), draft("C", "c")], new Map([["a", 2]]))).toThrow(
      expect.objectContaining({ code: "CONFLICT", message: expect.stringContaining('"A" still holds 2') }),
    );
  });
});

describe("defaults", () => {
  it("start with five working stages of rising probability, in the organisation's language", () => {
    const ru = defaultStages("ru");
    expect(ru.open.map((s) => s.probability)).toEqual([10, 20, 40, 60, 80]);
    expect(ru.won).toBe("Оплачено");
    expect(defaultStages("en").open[0]?.name).toBe("New");
  });

  it("a new deal starts in the lowest working stage", () => {
    expect(firstOpenStage([stage("won", 0, "won"), stage("b", 2), stage("a", 1)])?.id).toBe("a");
  });
});

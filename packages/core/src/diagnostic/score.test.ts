import { describe, expect, it } from "vitest";
import { buildReport } from "./report.ts";
import { functionScores, weakestLeg } from "./score.ts";
import { answersWith } from "./test-answers.ts";

const score = (changes: Record<string, string>, fn: string) =>
  functionScores(answersWith(changes)).find((s) => s.function === fn)?.score;

describe("scores", () => {
  it("100 for every leg with the best answers", () => {
    expect(functionScores(answersWith()).map((s) => s.score)).toEqual([100, 100, 100, 100]);
  });

  it.each([
    // performer weighs 2 of 5 in prospecting: (2·0.4 + 3) / 5
    [{ "prospecting.performer": "owner" }, "prospecting", 76],
    // (2 + 0.5 + 2) / 5
    [{ "prospecting.scripts": "partly" }, "prospecting", 90],
    // first sale: performer 2, won-when 1, measure 1 → (2 + 0.6 + 1) / 4
    [{ "first-sale.won-when": "contract" }, "first-sale", 90],
    [{ "first-sale.won-when": "undefined", "first-sale.measure": "nothing" }, "first-sale", 50],
    // farming: weights 2 + 1 + 1 + 1 + 1 = 6 → (2 + 0 + 1 + 1 + 1) / 6
    [{ "farming.separate-roles": "same" }, "farming", 83],
    [{ "vip.criteria": "none", "vip.terms": "no", "vip.measure": "nothing" }, "vip", 40],
  ])("%o scores %s %i", (changes, fn, expected) => {
    expect(score(changes, fn)).toBe(expected);
  });

  it("a leg nobody performs scores 0 whatever else is answered", () => {
    expect(score({ "vip.performer": "nobody" }, "vip")).toBe(0);
  });

  it("unanswered questions earn nothing", () => {
    expect(functionScores({ "vip.performer": "department" }).find((s) => s.function === "vip")?.score).toBe(
      40,
    );
  });

  it("scores the department section apart from the legs", () => {
    expect(buildReport(answersWith({ "department.client-base": "scattered" }), null).departmentScore).toBe(
      30,
    );
  });
});

describe("the weakest leg", () => {
  it.each([
    [[100, 100, 40, 100], "farming"],
    [[20, 100, 10, 100], "farming"],
    // ties go to the leg earlier in the flow
    [[100, 100, 100, 100], "prospecting"],
    [[90, 50, 50, 50], "first-sale"],
    [[90, 80, 70, 70], "farming"],
  ] as const)("scores %o → %s", (values, expected) => {
    const fns = ["prospecting", "first-sale", "farming", "vip"] as const;
    expect(weakestLeg(fns.map((fn, i) => ({ function: fn, score: values[i] ?? 0 })))).toBe(expected);
  });

  it("follows from the answers in the report", () => {
    expect(buildReport(answersWith({ "vip.performer": "owner" }), null).weakest).toBe("vip");
  });
});

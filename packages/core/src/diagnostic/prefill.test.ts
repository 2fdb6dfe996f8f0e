import { describe, expect, it } from "vitest";
import { completedAnswersSchema } from "./answers.ts";
import type { DiagnosticFact } from "./facts.ts";
import { prefillAnswers } from "./prefill.ts";
import { answersWith, orgFactsWith } from "./test-answers.ts";

const one = (fact: DiagnosticFact, question: string) =>
  prefillAnswers({ org: orgFactsWith(), facts: [fact] }).find((a) => a.question === question);

describe("pre-filled answers", () => {
  it.each([
    [
      { code: "cold-call-scripts", count: 3 },
      "prospecting.scripts",
      "yes",
      { code: "scripts", params: { count: 3 } },
    ],
    [
      { code: "cold-call-scripts", count: 0 },
      "prospecting.scripts",
      "no",
      { code: "scripts", params: { count: 0 } },
    ],
    [
      { code: "first-sale-won-when", rule: "money" },
      "first-sale.won-when",
      "money",
      { code: "won-money", params: {} },
    ],
    [
      { code: "first-sale-won-when", rule: "prepayment", percent: 30 },
      "first-sale.won-when",
      "prepayment",
      { code: "won-prepayment", params: { percent: 30 } },
    ],
    [
      { code: "handoff-to-farming", automatic: true },
      "farming.handoff",
      "rule",
      { code: "handoff-automatic", params: {} },
    ],
    [
      { code: "contact-cadence", shortestDays: 14, defaultDays: 60, rules: 2 },
      "farming.cadence",
      "monthly",
      { code: "cadence", params: { days: 14, defaultDays: 60 } },
    ],
    [
      { code: "contact-cadence", shortestDays: 120, defaultDays: 120, rules: 0 },
      "farming.cadence",
      "rarely",
      { code: "cadence", params: { days: 120, defaultDays: 120 } },
    ],
    [
      { code: "vip-tiers", count: 2, custom: true },
      "vip.criteria",
      "defined",
      { code: "vip-tiers", params: { count: 2 } },
    ],
  ] as const)("%o → %s = %s", (fact, question, answer, source) => {
    expect(one(fact as DiagnosticFact, question)).toEqual({ question, answer, source });
  });

  it("does not call the default VIP program the company's criteria", () => {
    expect(one({ code: "vip-tiers", count: 1, custom: false }, "vip.criteria")).toBeUndefined();
  });

  it("reads who performs each function, targets, hunters and farmers, and the client base from core", () => {
    const org = orgFactsWith({
      targets: { prospecting: 0, "first-sale": 2, farming: 0, vip: 0 },
      sharedHuntersFarmers: 1,
      clients: 140,
    });
    org.legs.farming = { performer: "owner", people: 1, pluginEnabled: true };
    const answers = prefillAnswers({ org, facts: [] });
    expect(answers).toContainEqual({
      question: "farming.performer",
      answer: "owner",
      source: { code: "performer-owner", params: { people: 1 } },
    });
    expect(answers).toContainEqual({
      question: "first-sale.measure",
      answer: "targets",
      source: { code: "targets", params: { count: 2 } },
    });
    expect(answers.some((a) => a.question === "farming.measure")).toBe(false);
    expect(answers).toContainEqual({
      question: "farming.separate-roles",
      answer: "same",
      source: { code: "roles-shared", params: { people: 1 } },
    });
    expect(answers).toContainEqual({
      question: "department.client-base",
      answer: "one-system",
      source: { code: "clients", params: { count: 140 } },
    });
  });

  it("says nothing of hunters and farmers when either leg has nobody", () => {
    const answers = prefillAnswers({ org: orgFactsWith({ sharedHuntersFarmers: null }), facts: [] });
    expect(answers.some((a) => a.question === "farming.separate-roles")).toBe(false);
  });

  it("gives only answers the questionnaire accepts", () => {
    const answers = prefillAnswers({
      org: orgFactsWith({ clients: 3 }),
      facts: [
        { code: "cold-call-scripts", count: 1 },
        { code: "first-sale-won-when", rule: "contract" },
        { code: "handoff-to-farming", automatic: false },
        { code: "contact-cadence", shortestDays: 5, defaultDays: 30, rules: 1 },
        { code: "vip-tiers", count: 3, custom: true },
      ],
    });
    const merged = answersWith(Object.fromEntries(answers.map((a) => [a.question, a.answer])));
    expect(completedAnswersSchema.safeParse(merged).success).toBe(true);
  });
});

describe("completed answers", () => {
  it("name the question whose answer is missing or unknown", () => {
    const { "vip.terms": _, ...missing } = answersWith();
    const result = completedAnswersSchema.safeParse({ ...missing, "farming.cadence": "daily" });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join(".")).sort();
    expect(paths).toEqual(["farming.cadence", "vip.terms"]);
  });

  it("refuse an unknown question", () => {
    expect(completedAnswersSchema.safeParse({ ...answersWith(), "vip.colour": "gold" }).success).toBe(false);
  });
});

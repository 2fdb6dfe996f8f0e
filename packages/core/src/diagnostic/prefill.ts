import { type SalesFunction, salesFunctions } from "../functions.ts";
import type { DiagnosticFact, OrgFacts } from "./facts.ts";

/** Where a pre-filled answer came from: a code and its numbers, worded by the admin app. */
export type AnswerSource = { code: string; params: Record<string, number | string> };

/** An answer taken from the organisation's own data, with its source. */
export type PrefilledAnswer = { question: string; answer: string; source: AnswerSource };

const cadenceAnswer = (days: number) =>
  days <= 7 ? "weekly" : days <= 31 ? "monthly" : days <= 92 ? "quarterly" : "rarely";

/** The answer one plugin fact gives, or null when it says nothing the questionnaire asks. */
function fromFact(fact: DiagnosticFact): PrefilledAnswer | null {
  switch (fact.code) {
    case "cold-call-scripts":
      return {
        question: "prospecting.scripts",
        answer: fact.count > 0 ? "yes" : "no",
        source: { code: "scripts", params: { count: fact.count } },
      };
    case "first-sale-won-when":
      return {
        question: "first-sale.won-when",
        answer: fact.rule,
        source: { code: `won-${fact.rule}`, params: fact.percent ? { percent: fact.percent } : {} },
      };
    case "handoff-to-farming":
      return {
        question: "farming.handoff",
        answer: fact.automatic ? "rule" : "informal",
        source: { code: fact.automatic ? "handoff-automatic" : "handoff-manual", params: {} },
      };
    case "contact-cadence":
      return {
        question: "farming.cadence",
        answer: cadenceAnswer(fact.shortestDays),
        source: { code: "cadence", params: { days: fact.shortestDays, defaultDays: fact.defaultDays } },
      };
    case "vip-tiers":
      return fact.custom && fact.count > 0
        ? {
            question: "vip.criteria",
            answer: "defined",
            source: { code: "vip-tiers", params: { count: fact.count } },
          }
        : null;
  }
}

function fromOrg(org: OrgFacts): PrefilledAnswer[] {
  const legs = salesFunctions.flatMap((fn: SalesFunction): PrefilledAnswer[] => {
    const leg = org.legs[fn];
    const performer: PrefilledAnswer = {
      question: `${fn}.performer`,
      answer: leg.performer,
      source: { code: `performer-${leg.performer}`, params: { people: leg.people } },
    };
    const targets = org.targets[fn];
    const measure: PrefilledAnswer[] =
      targets > 0
        ? [
            {
              question: `${fn}.measure`,
              answer: "targets",
              source: { code: "targets", params: { count: targets } },
            },
          ]
        : [];
    return [performer, ...measure];
  });
  const shared = org.sharedHuntersFarmers;
  const roles: PrefilledAnswer[] =
    shared === null
      ? []
      : [
          {
            question: "farming.separate-roles",
            answer: shared > 0 ? "same" : "separate",
            source: { code: shared > 0 ? "roles-shared" : "roles-separate", params: { people: shared } },
          },
        ];
  const base: PrefilledAnswer[] =
    org.clients > 0
      ? [
          {
            question: "department.client-base",
            answer: "one-system",
            source: { code: "clients", params: { count: org.clients } },
          },
        ]
      : [];
  return [...legs, ...roles, ...base];
}

/**
 * Answers the organisation's own data gives: who performs each function and whether it has
 * targets (from core), and what the enabled plugins report. A later fact for the same question
 * wins over core's. A pre-filled answer is a suggestion the user may change.
 *
 * @example prefillAnswers({ org, facts: [{ code: "vip-tiers", count: 2, custom: true }] })
 */
export function prefillAnswers(input: {
  org: OrgFacts;
  facts: readonly DiagnosticFact[];
}): PrefilledAnswer[] {
  const byQuestion = new Map<string, PrefilledAnswer>();
  for (const answer of fromOrg(input.org)) byQuestion.set(answer.question, answer);
  for (const fact of input.facts) {
    const answer = fromFact(fact);
    if (answer) byQuestion.set(answer.question, answer);
  }
  return [...byQuestion.values()];
}

import { type SalesFunction, salesFunctions } from "../functions.ts";
import type { DiagnosticAnswers } from "./answers.ts";
import type { OrgFacts } from "./facts.ts";
import { type DiagnosticSection, diagnosticQuestions } from "./questions.ts";
import type { FunctionScore } from "./score.ts";

/** What the report advises; the admin app words each code with its numbers. */
export type RecommendationCode =
  | "enable-function"
  | "assign-person"
  | "assign-specialist"
  | "write-scripts"
  | "define-lead"
  | "define-first-sale"
  | "separate-hunters-farmers"
  | "staff-by-strength"
  | "handoff-rule"
  | "contact-cadence"
  | "define-vip-criteria"
  | "vip-terms"
  | "set-targets"
  | "one-client-base";

/** One recommendation: what to do, for which section, the answer behind it and its numbers, where to act. */
export type Recommendation = {
  code: RecommendationCode;
  section: DiagnosticSection;
  /** The question whose answer calls for it, and that answer. */
  because: { question: string; answer: string };
  params: Record<string, number | string>;
  /** The app's page where to act. */
  link: string;
};

/** Where each recommendation is acted on in the admin app (monthly targets are set on the home page). */
export const recommendationLinks: Record<RecommendationCode, string> = {
  "enable-function": "/functions",
  "assign-person": "/team",
  "assign-specialist": "/team",
  "write-scripts": "/calling/scripts",
  "define-lead": "/leads",
  "define-first-sale": "/functions",
  "separate-hunters-farmers": "/team",
  "staff-by-strength": "/team",
  "handoff-rule": "/functions",
  "contact-cadence": "/farming/rules",
  "define-vip-criteria": "/vip/program",
  "vip-terms": "/vip/program",
  "set-targets": "/",
  "one-client-base": "/clients/import",
};

type Rule = {
  question: string;
  /** The answers that call for it. */
  when: readonly string[];
  code: RecommendationCode | ((org: OrgFacts | null) => RecommendationCode);
  params?: (org: OrgFacts | null) => Record<string, number | string>;
};

const perFunction = (fn: SalesFunction): Rule[] => [
  {
    question: `${fn}.performer`,
    when: ["nobody"],
    code: (org) => (org?.legs[fn].pluginEnabled ? "assign-person" : "enable-function"),
    params: () => ({ function: fn }),
  },
  {
    question: `${fn}.performer`,
    when: ["owner"],
    code: "assign-specialist",
    params: (org) => ({ function: fn, clients: org?.ownerClients[fn] ?? 0 }),
  },
  { question: `${fn}.measure`, when: ["nothing"], code: "set-targets", params: () => ({ function: fn }) },
];

const rules: readonly Rule[] = [
  ...salesFunctions.flatMap(perFunction),
  { question: "prospecting.scripts", when: ["partly", "no"], code: "write-scripts" },
  { question: "prospecting.lead-definition", when: ["any-contact", "undefined"], code: "define-lead" },
  { question: "first-sale.won-when", when: ["undefined"], code: "define-first-sale" },
  {
    question: "farming.separate-roles",
    when: ["same"],
    code: "separate-hunters-farmers",
    params: (org) => ({ people: org?.sharedHuntersFarmers ?? 0 }),
  },
  { question: "farming.separate-roles", when: ["separate"], code: "staff-by-strength" },
  { question: "farming.handoff", when: ["informal", "none"], code: "handoff-rule" },
  { question: "farming.cadence", when: ["rarely", "none"], code: "contact-cadence" },
  { question: "vip.criteria", when: ["informal", "none"], code: "define-vip-criteria" },
  { question: "vip.terms", when: ["no"], code: "vip-terms" },
  {
    question: "department.client-base",
    when: ["scattered", "none"],
    code: "one-client-base",
    params: (org) => ({ clients: org?.clients ?? 0 }),
  },
];

/**
 * The recommendations the answers call for, each exactly when its answer does, with the numbers
 * from the organisation's data (`org`, null when unknown). The weakest leg's come first (by score,
 * ties in flow order), the department's last; within a section in the questionnaire's order.
 */
export function recommend(
  answers: DiagnosticAnswers,
  scores: readonly FunctionScore[],
  org: OrgFacts | null,
): Recommendation[] {
  const found = rules.flatMap((rule): Recommendation[] => {
    const answer = answers[rule.question];
    if (answer === undefined || !rule.when.includes(answer)) return [];
    const code = typeof rule.code === "function" ? rule.code(org) : rule.code;
    return [
      {
        code,
        section: rule.question.split(".")[0] as DiagnosticSection,
        because: { question: rule.question, answer },
        params: rule.params?.(org) ?? {},
        link: recommendationLinks[code],
      },
    ];
  });
  const rank = (section: DiagnosticSection) => {
    const entry = scores.find((s) => s.function === section);
    return entry ? entry.score * 10 + salesFunctions.indexOf(entry.function) : Number.MAX_SAFE_INTEGER;
  };
  const order = (rec: Recommendation) => diagnosticQuestions.findIndex((q) => q.id === rec.because.question);
  return found
    .map((rec, index) => ({ rec, index }))
    .sort(
      (a, b) => rank(a.rec.section) - rank(b.rec.section) || order(a.rec) - order(b.rec) || a.index - b.index,
    )
    .map((entry) => entry.rec);
}

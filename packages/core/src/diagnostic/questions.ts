import { type SalesFunction, salesFunctions } from "../functions.ts";

/** A section of the questionnaire: one per function, then the department as a whole. */
export type DiagnosticSection = SalesFunction | "department";

/** The sections in the order the questionnaire shows them. */
export const diagnosticSections: readonly DiagnosticSection[] = [...salesFunctions, "department"];

/** One answer option: its code and how much of the question's weight it earns (0–1). */
export type AnswerOption = { code: string; points: number };

/** One question: its id (`<section>.<topic>`), section, weight in its section's score, options. */
export type DiagnosticQuestion = {
  id: string;
  section: DiagnosticSection;
  weight: number;
  options: readonly AnswerOption[];
};

const performer = (fn: SalesFunction): DiagnosticQuestion => ({
  id: `${fn}.performer`,
  section: fn,
  weight: 2,
  options: [
    { code: "department", points: 1 },
    { code: "specialist", points: 0.8 },
    { code: "owner", points: 0.4 },
    { code: "nobody", points: 0 },
  ],
});

const measure = (fn: SalesFunction): DiagnosticQuestion => ({
  id: `${fn}.measure`,
  section: fn,
  weight: 1,
  options: [
    { code: "targets", points: 1 },
    { code: "kpi", points: 0.7 },
    { code: "nothing", points: 0 },
  ],
});

const q = (id: string, section: DiagnosticSection, options: [string, number][]): DiagnosticQuestion => ({
  id,
  section,
  weight: 1,
  options: options.map(([code, points]) => ({ code, points })),
});

/**
 * The questionnaire: per function who performs it and how it is measured, plus what a sales
 * consultant asks about that function; then the department as a whole. Options run from the best
 * answer to the worst; the admin app words every id and code in the viewer's language.
 */
export const diagnosticQuestions: readonly DiagnosticQuestion[] = [
  performer("prospecting"),
  q("prospecting.scripts", "prospecting", [
    ["yes", 1],
    ["partly", 0.5],
    ["no", 0],
  ]),
  q("prospecting.lead-definition", "prospecting", [
    ["interest", 1],
    ["any-contact", 0.3],
    ["undefined", 0],
  ]),
  measure("prospecting"),
  performer("first-sale"),
  q("first-sale.won-when", "first-sale", [
    ["money", 1],
    ["prepayment", 0.8],
    ["contract", 0.6],
    ["undefined", 0],
  ]),
  measure("first-sale"),
  performer("farming"),
  q("farming.separate-roles", "farming", [
    ["by-strength", 1],
    ["separate", 0.6],
    ["same", 0],
  ]),
  q("farming.handoff", "farming", [
    ["rule", 1],
    ["informal", 0.4],
    ["none", 0],
  ]),
  q("farming.cadence", "farming", [
    ["weekly", 1],
    ["monthly", 1],
    ["quarterly", 0.5],
    ["rarely", 0.2],
    ["none", 0],
  ]),
  measure("farming"),
  performer("vip"),
  q("vip.criteria", "vip", [
    ["defined", 1],
    ["informal", 0.4],
    ["none", 0],
  ]),
  q("vip.terms", "vip", [
    ["yes", 1],
    ["no", 0],
  ]),
  measure("vip"),
  q("department.client-base", "department", [
    ["one-system", 1],
    ["scattered", 0.3],
    ["none", 0],
  ]),
];

/** A question by id; undefined for an unknown id. */
export function questionById(id: string): DiagnosticQuestion | undefined {
  return diagnosticQuestions.find((question) => question.id === id);
}

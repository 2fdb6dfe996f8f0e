import type { SalesFunction } from "../functions.ts";
import type { DiagnosticAnswers } from "./answers.ts";
import type { OrgFacts } from "./facts.ts";
import { type Recommendation, recommend } from "./recommend.ts";
import { type FunctionScore, functionScores, sectionScore, weakestLeg } from "./score.ts";

/** The report of one diagnostic: each function's score, the weakest leg, what to do. */
export type DiagnosticReport = {
  scores: FunctionScore[];
  /** The department section's score (the client base), shown beside the legs. */
  departmentScore: number;
  weakest: SalesFunction;
  recommendations: Recommendation[];
};

/**
 * Builds the report from completed answers and the organisation's facts at that moment (for the
 * numbers in the recommendations).
 *
 * @example buildReport({ "farming.performer": "owner", … }, org).weakest // "farming"
 */
export function buildReport(answers: DiagnosticAnswers, org: OrgFacts | null): DiagnosticReport {
  const scores = functionScores(answers);
  return {
    scores,
    departmentScore: sectionScore("department", answers),
    weakest: weakestLeg(scores),
    recommendations: recommend(answers, scores, org),
  };
}

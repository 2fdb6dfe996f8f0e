import { type SalesFunction, salesFunctions } from "../functions.ts";
import type { DiagnosticAnswers } from "./answers.ts";
import { type DiagnosticSection, diagnosticQuestions } from "./questions.ts";

/** A function's score, 0–100. */
export type FunctionScore = { function: SalesFunction; score: number };

/**
 * A section's score, 0–100: the weighted share of points its answers earn (unanswered questions
 * earn nothing). A function nobody performs scores 0 whatever else is answered: a leg without
 * people does not hold the stool.
 */
export function sectionScore(section: DiagnosticSection, answers: DiagnosticAnswers): number {
  if (answers[`${section}.performer`] === "nobody") return 0;
  const questions = diagnosticQuestions.filter((question) => question.section === section);
  const total = questions.reduce((sum, question) => sum + question.weight, 0);
  const earned = questions.reduce((sum, question) => {
    const option = question.options.find((o) => o.code === answers[question.id]);
    return sum + question.weight * (option?.points ?? 0);
  }, 0);
  return total === 0 ? 0 : Math.round((100 * earned) / total);
}

/** The four functions' scores in `salesFunctions` order. */
export function functionScores(answers: DiagnosticAnswers): FunctionScore[] {
  return salesFunctions.map((fn) => ({ function: fn, score: sectionScore(fn, answers) }));
}

/**
 * The weakest leg: the lowest score; a tie goes to the function earlier in the flow
 * (prospecting, first sale, farming, VIP), since clients reach it first and everything after it
 * depends on it.
 */
export function weakestLeg(scores: readonly FunctionScore[]): SalesFunction {
  let weakest = scores[0] as FunctionScore;
  for (const entry of scores) {
    const earlier = salesFunctions.indexOf(entry.function) < salesFunctions.indexOf(weakest.function);
    if (entry.score < weakest.score || (entry.score === weakest.score && earlier)) weakest = entry;
  }
  return weakest.function;
}

import { z } from "zod";
import { diagnosticQuestions } from "./questions.ts";

/** Answers by question id, each an option code, e.g. `{ "vip.criteria": "defined" }`. */
export type DiagnosticAnswers = Record<string, string>;

const shape = Object.fromEntries(
  diagnosticQuestions.map((question) => {
    const [first, ...rest] = question.options.map((option) => option.code);
    return [question.id, z.enum([first as string, ...rest], { error: "Choose one of the answers" })];
  }),
);

/**
 * A completed questionnaire: every question answered with one of its option codes, nothing else.
 * A missing or unknown answer fails naming the question.
 */
export const completedAnswersSchema = z.strictObject(shape, { error: "Answer the questions" });

/** True when every question has an answer with one of its codes. */
export function isComplete(answers: DiagnosticAnswers): boolean {
  return completedAnswersSchema.safeParse(answers).success;
}

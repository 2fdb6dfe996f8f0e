export { completedAnswersSchema, type DiagnosticAnswers, isComplete } from "./answers.ts";
export {
  type DiagnosticFact,
  type DiagnosticFacts,
  diagnosticFactSchema,
  type OrgFacts,
  type Performer,
} from "./facts.ts";
export { type AnswerSource, type PrefilledAnswer, prefillAnswers } from "./prefill.ts";
export {
  type AnswerOption,
  type DiagnosticQuestion,
  type DiagnosticSection,
  diagnosticQuestions,
  diagnosticSections,
  questionById,
} from "./questions.ts";
export {
  type Recommendation,
  type RecommendationCode,
  recommend,
  recommendationLinks,
} from "./recommend.ts";
export { buildReport, type DiagnosticReport } from "./report.ts";
export { type FunctionScore, functionScores, sectionScore, weakestLeg } from "./score.ts";

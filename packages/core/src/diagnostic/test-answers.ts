import { type SalesFunction, salesFunctions } from "../functions.ts";
import type { DiagnosticAnswers } from "./answers.ts";
import type { OrgFacts, Performer } from "./facts.ts";
import { diagnosticQuestions } from "./questions.ts";

/** Every question answered with its best option, then `changes` on top: a test's starting point. */
export function answersWith(changes: DiagnosticAnswers = {}): DiagnosticAnswers {
  const best = Object.fromEntries(diagnosticQuestions.map((q) => [q.id, q.options[0]?.code ?? ""]));
  return { ...best, ...changes };
}

const perFunction = <T>(value: T) =>
  Object.fromEntries(salesFunctions.map((fn) => [fn, value])) as Record<SalesFunction, T>;

/** Organisation facts for tests: a specialist on every leg, plugins enabled, nothing else, then `changes`. */
export function orgFactsWith(changes: Partial<OrgFacts> = {}): OrgFacts {
  return {
    legs: perFunction({ performer: "specialist" as Performer, people: 1, pluginEnabled: true }),
    targets: perFunction(0),
    sharedHuntersFarmers: 0,
    clients: 0,
    ownerClients: perFunction(0),
    ...changes,
  };
}

import { diagnosticQuestions, prefillAnswers } from "@quartet/core";
import type { DiagnosticDeps } from "./deps.ts";
import { readOrgFacts } from "./org-facts.ts";
import { pluginFacts } from "./plugin-facts.ts";

/** The questionnaire as the admin app shows it: question ids in order, their sections and option codes. */
const questionnaire = diagnosticQuestions.map((q) => ({
  id: q.id,
  section: q.section,
  options: q.options.map((o) => o.code),
}));

/**
 * The questionnaire (ids, sections, answer codes — the admin app words them) and the answers the organisation's own data gives, each with its source: who
 * performs each function and its targets from core, the rest from the enabled plugins' facts.
 */
export async function prefillDiagnostic(deps: DiagnosticDeps, orgId: string) {
  const [org, facts] = await Promise.all([readOrgFacts(deps, orgId), pluginFacts(deps, orgId)]);
  return { questions: questionnaire, answers: prefillAnswers({ org, facts }) };
}

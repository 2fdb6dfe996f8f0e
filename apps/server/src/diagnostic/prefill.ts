import { prefillAnswers } from "@quartet/core";
import type { DiagnosticDeps } from "./deps.ts";
import { readOrgFacts } from "./org-facts.ts";
import { pluginFacts } from "./plugin-facts.ts";

/**
 * The questionnaire's answers the organisation's own data gives, each with its source: who
 * performs each function and its targets from core, the rest from the enabled plugins' facts.
 */
export async function prefillDiagnostic(deps: DiagnosticDeps, orgId: string) {
  const [org, facts] = await Promise.all([readOrgFacts(deps, orgId), pluginFacts(deps, orgId)]);
  return { answers: prefillAnswers({ org, facts }) };
}

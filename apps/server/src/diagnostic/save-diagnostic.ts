import { type Actor, buildReport, type DiagnosticAnswers, type DiagnosticReport, newId } from "@quartet/core";
import { diagnostics } from "@quartet/db/org";
import type { DiagnosticDeps } from "./deps.ts";
import { readOrgFacts } from "./org-facts.ts";

/**
 * Builds the report of completed answers (validated by the caller) with the organisation's
 * numbers now, and keeps both in `core_diagnostics` in one audited transaction.
 */
export async function saveDiagnostic(
  deps: DiagnosticDeps,
  actor: Actor,
  orgId: string,
  answers: DiagnosticAnswers,
): Promise<{ id: string; report: DiagnosticReport }> {
  const report = buildReport(answers, await readOrgFacts(deps, orgId));
  const now = deps.clock.now();
  const row = {
    id: newId("diag", now),
    answers,
    report: report as unknown as Record<string, unknown>,
    createdBy: actor.id,
    createdAt: now,
  };
  const org = await deps.runtime(orgId);
  await org.write(actor, async (scope) => {
    await scope.tx.insert(diagnostics).values(row);
    await scope.audit({
      action: "core.diagnostic.save",
      entity: "diagnostic",
      entityId: row.id,
      after: { weakest: report.weakest, scores: report.scores },
    });
  });
  return { id: row.id, report };
}

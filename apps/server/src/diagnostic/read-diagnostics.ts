import { type DiagnosticAnswers, type DiagnosticReport, DomainError, hostMessages } from "@quartet/core";
import { diagnostics } from "@quartet/db/org";
import { desc, eq } from "drizzle-orm";
import type { DiagnosticDeps } from "./deps.ts";

/** How many past reports the list shows. */
export const diagnosticListLimit = 100;

/** Past diagnostics, newest first: when, by whom, the weakest leg and the scores, whether sent. */
export async function listDiagnostics(deps: DiagnosticDeps, orgId: string) {
  const org = await deps.runtime(orgId);
  const rows = await org.db
    .select()
    .from(diagnostics)
    .orderBy(desc(diagnostics.createdAt), desc(diagnostics.id))
    .limit(diagnosticListLimit);
  return rows.map((row) => {
    const report = row.report as unknown as DiagnosticReport;
    return {
      id: row.id,
      createdAt: row.createdAt,
      createdBy: row.createdBy,
      sentAt: row.sentAt,
      weakest: report.weakest,
      scores: report.scores,
    };
  });
}

/** One diagnostic with its answers and report, or NOT_FOUND. */
export async function getDiagnostic(deps: DiagnosticDeps, orgId: string, id: string) {
  const org = await deps.runtime(orgId);
  const [row] = await org.db.select().from(diagnostics).where(eq(diagnostics.id, id));
  if (!row)
    throw new DomainError("NOT_FOUND", hostMessages.noDiagnostic, {
      fields: { id: hostMessages.unknownDiagnostic },
    });
  return {
    id: row.id,
    createdAt: row.createdAt,
    createdBy: row.createdBy,
    sentAt: row.sentAt,
    sentBy: row.sentBy,
    answers: row.answers as DiagnosticAnswers,
    report: row.report as unknown as DiagnosticReport,
  };
}

/** A stored diagnostic as `getDiagnostic` answers it. */
export type StoredDiagnostic = Awaited<ReturnType<typeof getDiagnostic>>;

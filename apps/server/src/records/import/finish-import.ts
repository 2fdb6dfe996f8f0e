import { rm } from "node:fs/promises";
import { type Actor, systemActor } from "@quartet/core";
import { imports } from "@quartet/db/org";
import { and, eq, inArray } from "drizzle-orm";
import type { ImportDeps } from "./deps.ts";

/** Who finishes an import that ran in the background. */
export const importActor: Actor = { ...systemActor, id: "import", name: "CSV import" };

/** How an import ended. */
export type ImportOutcome = {
  status: "done" | "failed" | "cancelled";
  totalRows: number | null;
  error: string | null;
};

/**
 * Ends an import that is still open (running, analysed or failed): sets its final status with the
 * one audit entry of its end, and deletes the uploaded file once it is done or cancelled. Returns
 * false when the import had already ended.
 */
export async function finishImport(
  deps: ImportDeps,
  orgId: string,
  importId: string,
  outcome: ImportOutcome,
  actor: Actor = importActor,
): Promise<boolean> {
  const org = await deps.runtime(orgId);
  const now = deps.clock.now();
  const row = await org.write(actor, async (scope) => {
    const [updated] = await scope.tx
      .update(imports)
      .set({
        status: outcome.status,
        finishedAt: now,
        error: outcome.error,
        ...(outcome.totalRows !== null ? { totalRows: outcome.totalRows } : {}),
      })
      .where(
        and(eq(imports.id, importId), inArray(imports.status, ["running", "analysed", "failed", "paused"])),
      )
      .returning();
    if (!updated) return null;
    await scope.audit({
      action: "core.import.finish",
      entity: "import",
      entityId: importId,
      after: {
        status: updated.status,
        created: updated.createdCount,
        duplicate: updated.duplicateCount,
        invalid: updated.invalidCount,
        warned: updated.warnedCount,
        rows: updated.nextRow,
        error: updated.error,
      },
    });
    return updated;
  });
  if (row && outcome.status !== "failed") await rm(row.filePath, { force: true });
  return row !== null;
}

import { importMessages, isDomainError, newId, storeMessage } from "@quartet/core";
import type { DatabaseHandle } from "@quartet/db";
import { batchStatements, type NewClient, type RowError } from "./batch-statements.ts";
import { batchSeenKeys, classifyRow } from "./classify.ts";
import { type ImportDeps, type ImportRow, loadImport } from "./deps.ts";
import { findExistingKeys } from "./existing-keys.ts";
import { finishImport, importActor } from "./finish-import.ts";
import type { Mapping } from "./mapping.ts";
import { ownerResolver } from "./owners.ts";
import type { ImportCounts } from "./progress.ts";
import { readBatches } from "./read-batches.ts";

/** Asks a running import to stop after its current batch (shutdown); it stays `running` and resumes on the next start. */
export type StopSignal = { stopped: boolean };

/**
 * Runs an import whose status is `running`, from its `next_row` to the end: batches of rows,
 * each written in ONE transaction behind the organisation's write lock together with its row
 * errors and the new `next_row` and counts — a crash loses at most the batch in flight, and
 * never leaves half of one. Stops early when the import is cancelled or `signal` is raised.
 */
export async function runImport(
  deps: ImportDeps,
  orgId: string,
  importId: string,
  signal: StopSignal,
): Promise<void> {
  const handle = await deps.orgHandle(orgId);
  const job = await loadImport(handle, importId);
  if (job.status !== "running") return;
  const counts: ImportCounts = {
    created: job.createdCount,
    duplicate: job.duplicateCount,
    invalid: job.invalidCount,
  };
  deps.board.start({
    importId,
    phase: "import",
    fileBytes: job.fileBytes,
    totalRows: job.totalRows,
    counts,
    firstRow: job.nextRow,
  });
  let nextRow = job.nextRow;
  try {
    const ownerOf = await ownerResolver(deps, orgId);
    const seen = batchSeenKeys();
    for await (const read of readBatches(job.filePath, job.mapping as Mapping, job.nextRow, deps.batchSize)) {
      const after = nextRow + read.records;
      const written = await handle.lock.run(async () => {
        if (!(await stillRunning(handle, importId))) return null;
        const existing = await findExistingKeys(
          handle.client,
          read.valid.flatMap((r) => r.data.keys),
        );
        seen.clear();
        const created: NewClient[] = [];
        const errors: RowError[] = [...read.errors];
        const next = { ...counts, invalid: counts.invalid + read.invalid };
        const now = deps.clock.now();
        for (const { row, data } of read.valid) {
          const verdict = classifyRow(data, row, existing, seen, job.onDuplicate);
          if (verdict.duplicate) {
            next.duplicate++;
            const message = verdict.create
              ? { key: importMessages.createdAnyway, params: { message: verdict.duplicate.message } }
              : verdict.duplicate.message;
            errors.push({ row, ...verdict.duplicate, message });
          }
          if (!verdict.create) continue;
          next.created++;
          created.push({ id: newId("cli", now), row: data, ownerId: ownerOf(data.responsible) });
        }
        await handle.client.batch(
          [
            ...batchStatements(importId, created, errors, importActor, now),
            {
              sql: "UPDATE core_imports SET next_row = ?, created_count = ?, duplicate_count = ?, invalid_count = ? WHERE id = ?",
              args: [after, next.created, next.duplicate, next.invalid, importId],
            },
          ],
          "write",
        );
        return next;
      });
      if (!written) break;
      Object.assign(counts, written);
      nextRow = after;
      deps.board.update(importId, { rows: nextRow, bytesRead: read.bytesRead, counts });
      if (signal.stopped) break;
    }
    const state = await currentState(handle, importId, signal);
    if (state === "done")
      await finishImport(deps, orgId, importId, { status: "done", totalRows: nextRow, error: null });
    deps.board.finish(importId, state);
  } catch (error) {
    deps.logger.error({ err: error, importId, orgId }, "import failed");
    const message = storeMessage(
      isDomainError(error) ? { key: error.key, params: error.params } : { key: importMessages.internal },
    );
    await finishImport(deps, orgId, importId, { status: "failed", totalRows: null, error: message }).catch(
      () => undefined,
    );
    deps.board.finish(importId, "failed");
  }
}

async function stillRunning(handle: DatabaseHandle, importId: string): Promise<boolean> {
  const result = await handle.client.execute({
    sql: "SELECT status FROM core_imports WHERE id = ?",
    args: [importId],
  });
  return result.rows[0]?.status === "running";
}

async function currentState(handle: DatabaseHandle, importId: string, signal: StopSignal) {
  const job: ImportRow = await loadImport(handle, importId);
  if (job.status === "cancelled") return "cancelled" as const;
  if (job.status !== "running") return "stopped" as const;
  return signal.stopped ? ("stopped" as const) : ("done" as const);
}

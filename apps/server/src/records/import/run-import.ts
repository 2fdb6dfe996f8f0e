import { importMessages, isDomainError, newId, storeMessage } from "@quartet/core";
import type { DatabaseHandle } from "@quartet/db";
import { batchStatements, type NewClient, type RowError } from "./batch-statements.ts";
import { batchSeenKeys, classifyRow } from "./classify.ts";
import { type ImportDeps, type ImportRow, loadImport } from "./deps.ts";
import type { DuplicateChoice } from "./duplicate-choice.ts";
import { duplicateOutcome } from "./duplicate-choice.ts";
import { enrichBatch, type RowEnrichment } from "./enrich-batch.ts";
import { findExistingKeys } from "./existing-keys.ts";
import { finishImport, importActor } from "./finish-import.ts";
import type { Mapping } from "./mapping.ts";
import { type Merge, mergeStatements } from "./merge-statements.ts";
import { ownerResolver } from "./owners.ts";
import type { ImportCounts, RegistryCounts } from "./progress.ts";
import { type ReadyBatch, readBatches } from "./read-batches.ts";
import { fillsFromRegistry } from "./registry-choice.ts";

/** Asks a running import to stop after its current batch (shutdown); it stays `running` and resumes on the next start. */
export type StopSignal = { stopped: boolean };

/**
 * Runs an import whose status is `running`, from its `next_row` to the end: batches of rows,
 * each written in ONE transaction behind the organisation's write lock together with its row
 * errors and the new `next_row` and counts — a crash loses at most the batch in flight, and
 * never leaves half of one. Stops early when the import is cancelled or `signal` is raised.
 * Started with «fill from the registry», each batch first asks the registry (outside the write
 * lock) about its rows with an INN, so a resumed import asks only about rows not yet written.
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
    warned: job.warnedCount,
  };
  const registry: RegistryCounts | null = (await fillsFromRegistry(handle, importId))
    ? { filled: 0, unfilled: 0 }
    : null;
  deps.board.start({
    importId,
    phase: "import",
    fileBytes: job.fileBytes,
    totalRows: job.totalRows,
    counts,
    firstRow: job.nextRow,
    registry,
  });
  let nextRow = job.nextRow;
  try {
    const ownerOf = await ownerResolver(deps, orgId);
    const lookup = registry ? await registryLookup(deps, { orgId, importId, handle }, signal) : null;
    const seen = batchSeenKeys();
    for await (const read of readBatches(job.filePath, job.mapping as Mapping, job.nextRow, deps.batchSize)) {
      const after = nextRow + read.records;
      const enriched: Map<number, RowEnrichment> | null = lookup
        ? await enrichRows(handle, read, job.onDuplicate, lookup, signal)
        : new Map();
      if (!enriched) break;
      const written = await handle.lock.run(async () => {
        if (!(await stillRunning(handle, importId))) return null;
        const existing = await findExistingKeys(
          handle.client,
          read.valid.flatMap((r) => r.data.keys),
        );
        seen.clear();
        const created: NewClient[] = [];
        const merges: Merge[] = [];
        const errors: RowError[] = [...read.errors];
        const next = { ...counts, invalid: counts.invalid + read.invalid };
        const filled = { filled: 0, unfilled: 0 };
        const now = deps.clock.now();
        for (const { row, data, warnings } of read.valid) {
          const verdict = classifyRow(data, row, existing, seen, job.onDuplicate);
          const outcome = duplicateOutcome(verdict, job.onDuplicate, data);
          if (verdict.duplicate && outcome) {
            next.duplicate++;
            errors.push({ row, ...verdict.duplicate, message: outcome.message });
            if (outcome.merge && verdict.existing) {
              merges.push({ clientId: verdict.existing.id, row: data, how: outcome.merge });
              errors.push(...warnings);
              next.warned += warnings.length > 0 ? 1 : 0;
            }
          }
          if (!verdict.create) continue;
          next.created++;
          errors.push(...warnings);
          const enrichment: RowEnrichment | undefined = enriched.get(row);
          if (enrichment?.ok === false) errors.push({ row, ...enrichment.warning });
          next.warned += warnings.length > 0 || enrichment?.ok === false ? 1 : 0;
          if (enrichment) filled[enrichment.ok ? "filled" : "unfilled"]++;
          const { row: client, card } = enrichment?.ok ? enrichment.filled : { row: data, card: null };
          created.push({ id: newId("cli", now), row: client, ownerId: ownerOf(data.responsible), card });
        }
        await handle.client.batch(
          [
            ...batchStatements(importId, created, errors, importActor, now),
            ...(await mergeStatements(handle.client, merges, now)),
            {
              sql: "UPDATE core_imports SET next_row = ?, created_count = ?, duplicate_count = ?, invalid_count = ?, warned_count = ? WHERE id = ?",
              args: [after, next.created, next.duplicate, next.invalid, next.warned, importId],
            },
          ],
          "write",
        );
        return { next, filled };
      });
      if (!written) break;
      Object.assign(counts, written.next);
      if (registry) {
        registry.filled += written.filled.filled;
        registry.unfilled += written.filled.unfilled;
      }
      nextRow = after;
      deps.board.update(importId, { rows: nextRow, bytesRead: read.bytesRead, counts, registry });
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

// The registry's lookup for this run. A wait for the rate limit looks each second whether the
// import was cancelled, and ends early (failing, the batch abandoned) on that or on shutdown.
async function registryLookup(
  deps: ImportDeps,
  run: { orgId: string; importId: string; handle: DatabaseHandle },
  signal: StopSignal,
) {
  const pause = async (ms: number) => {
    for (let left = ms; left > 0 && !signal.stopped; left -= 1000) {
      await deps.pause(Math.min(left, 1000));
      if (!(await stillRunning(run.handle, run.importId))) signal.stopped = true;
    }
    if (signal.stopped) throw new Error("import stopped");
  };
  const lookup = await deps.registry?.partyLookup(run.orgId, pause);
  if (!lookup)
    deps.logger.warn({ orgId: run.orgId }, "import: the registry is no longer set up, requisites not filled");
  return lookup ?? null;
}

// The registry's answers for a batch's rows the import will create (duplicates it skips are not asked).
async function enrichRows(
  handle: DatabaseHandle,
  read: ReadyBatch,
  onDuplicate: DuplicateChoice,
  lookup: NonNullable<Awaited<ReturnType<typeof registryLookup>>>,
  signal: StopSignal,
) {
  const existing = await findExistingKeys(
    handle.client,
    read.valid.flatMap((r) => r.data.keys),
  );
  const seen = batchSeenKeys();
  const created = read.valid.filter(
    ({ row, data }) => classifyRow(data, row, existing, seen, onDuplicate).create,
  );
  return enrichBatch(created, lookup, () => signal.stopped);
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

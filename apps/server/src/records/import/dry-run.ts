import type { ServiceContext } from "@quartet/core";
import { DomainError, importMessages } from "@quartet/core";
import { imports } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { RowError } from "./batch-statements.ts";
import { classifyRow, type SeenKeys } from "./classify.ts";
import { openCsv } from "./csv-file.ts";
import { type ImportDeps, loadImport } from "./deps.ts";
import type { DuplicateChoice } from "./duplicate-choice.ts";
import { duplicateOutcome } from "./duplicate-choice.ts";
import { findExistingKeys } from "./existing-keys.ts";
import { KeySet } from "./key-set.ts";
import { type Mapping, planColumns } from "./mapping.ts";
import type { ImportCounts } from "./progress.ts";
import { readBatches } from "./read-batches.ts";

/**
 * What a dry run found: rows that would be created, duplicates, invalid rows, rows created with a
 * warning (a value dropped), and the first errors — worded as the real run words them.
 */
export type DryRunReport = {
  total: number;
  new: number;
  duplicate: number;
  invalid: number;
  warned: number;
  errors: RowError[];
};

const firstErrors = 100;

/**
 * Reads the whole file as the import would — validation, duplicates against existing clients
 * (through `core_client_keys`, a few queries a batch) and within the file (hashed keys, bounded
 * memory) — and writes nothing but the mapping and the row total onto the import.
 */
export async function dryRun(
  deps: ImportDeps,
  ctx: Pick<ServiceContext, "org" | "actor">,
  input: { importId: string; mapping: Mapping; onDuplicate?: DuplicateChoice },
): Promise<DryRunReport> {
  const handle = await deps.orgHandle(ctx.org.orgId);
  const job = await loadImport(handle, input.importId);
  if (job.status === "running") throw new DomainError("CONFLICT", importMessages.running);
  if (job.status === "done" || job.status === "cancelled")
    throw new DomainError("CONFLICT", importMessages.over);
  const csv = await openCsv(job.filePath);
  await csv.records.return(undefined);
  planColumns(csv.headers, input.mapping);
  const counts: ImportCounts = { created: 0, duplicate: 0, invalid: 0, warned: 0 };
  const errors: RowError[] = [];
  const keys = new KeySet();
  const seen: SeenKeys = {
    seenAt: (key) => (keys.has(key) ? "earlier" : null),
    add: (key) => void keys.add(key),
  };
  deps.board.start({
    importId: job.id,
    phase: "dry-run",
    fileBytes: job.fileBytes,
    totalRows: null,
    counts,
    firstRow: 0,
  });
  let rows = 0;
  try {
    for await (const read of readBatches(job.filePath, input.mapping, 0, deps.batchSize)) {
      const existing = await findExistingKeys(
        handle.client,
        read.valid.flatMap((r) => r.data.keys),
      );
      const found: RowError[] = [...read.errors];
      counts.invalid += read.invalid;
      for (const { row, data, warnings } of read.valid) {
        const choice = input.onDuplicate ?? "skip";
        const verdict = classifyRow(data, row, existing, seen, choice);
        const outcome = duplicateOutcome(verdict, choice, data);
        if (verdict.duplicate && outcome) {
          counts.duplicate++;
          found.push({ row, ...verdict.duplicate, message: outcome.message });
        } else counts.created++;
        if (verdict.create || outcome?.merge) {
          found.push(...warnings);
          counts.warned += warnings.length > 0 ? 1 : 0;
        }
      }
      found.sort((a, b) => a.row - b.row);
      errors.push(...found.slice(0, Math.max(0, firstErrors - errors.length)));
      rows += read.records;
      deps.board.update(job.id, { rows, bytesRead: read.bytesRead, counts });
    }
  } catch (error) {
    deps.board.finish(job.id, "failed");
    throw error;
  }
  await ctx.org.write(ctx.actor, (scope) =>
    scope.tx.update(imports).set({ mapping: input.mapping, totalRows: rows }).where(eq(imports.id, job.id)),
  );
  deps.board.finish(job.id, "done");
  const total = counts.created + counts.duplicate + counts.invalid;
  const { created, duplicate, invalid, warned } = counts;
  return { total, new: created, duplicate, invalid, warned, errors };
}

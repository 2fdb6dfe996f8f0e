import type { ServiceContext } from "@quartet/core";
import { imports } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { cancelImport, reopenImport, startImport } from "./control-import.ts";
import { type AnalysedImport, createImport } from "./create-import.ts";
import { type ImportDeps, loadImport } from "./deps.ts";
import { dryRun } from "./dry-run.ts";
import { createProgressBoard, type ImportProgress } from "./progress.ts";
import { runImport, type StopSignal } from "./run-import.ts";

type Ctx = Pick<ServiceContext, "org" | "actor">;
type Input<F extends (...args: never[]) => unknown> = Parameters<F>[2];

/**
 * The CSV import of clients for one host: create from an upload, dry run, start, resume, cancel,
 * live progress, and background runs — one per import, resumed on server start, stopped after
 * their current batch on shutdown.
 */
export function createImports(
  base: Omit<ImportDeps, "board" | "batchSize" | "registry" | "pause"> &
    Partial<Pick<ImportDeps, "batchSize" | "registry" | "pause">>,
) {
  const deps: ImportDeps = {
    ...base,
    board: createProgressBoard(base.clock),
    batchSize: base.batchSize ?? 500,
    registry: base.registry ?? null,
    pause: base.pause ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  };
  const running = new Map<string, { done: Promise<void>; signal: StopSignal }>();

  function run(orgId: string, importId: string): Promise<void> {
    const current = running.get(importId);
    if (current) return current.done;
    const signal: StopSignal = { stopped: false };
    const done = runImport(deps, orgId, importId, signal).finally(() => running.delete(importId));
    running.set(importId, { done, signal });
    return done;
  }

  async function get(orgId: string, importId: string) {
    const { filePath: _, ...row } = await loadImport(await deps.orgHandle(orgId), importId);
    return { ...row, progress: deps.board.get(importId) ?? storedProgress(row) };
  }

  return {
    deps,
    create: (ctx: Ctx, upload: Input<typeof createImport>): Promise<AnalysedImport> =>
      createImport(deps, ctx, upload),
    dryRun: (ctx: Ctx, input: Input<typeof dryRun>) => dryRun(deps, ctx, input),
    /** Starts an analysed import in the background and answers at once. */
    async start(ctx: Ctx, input: Input<typeof startImport>) {
      await startImport(deps, ctx, input);
      void run(ctx.org.orgId, input.importId);
      return get(ctx.org.orgId, input.importId);
    },
    /** Resumes a failed or stopped import (or one left `running` by a crash) from its checkpoint. */
    async resume(ctx: Ctx, importId: string) {
      await reopenImport(deps, ctx, importId);
      void run(ctx.org.orgId, importId);
      return get(ctx.org.orgId, importId);
    },
    async cancel(ctx: Ctx, importId: string) {
      await cancelImport(deps, ctx, importId);
      await running.get(importId)?.done;
      return get(ctx.org.orgId, importId);
    },
    get,
    progress: (importId: string): ImportProgress | null => deps.board.get(importId),
    /** Resolves when the import's background run (if any) ends. */
    wait: async (importId: string) => running.get(importId)?.done,
    /**
     * Picks up every import a stopped or crashed process left `running`; an organisation whose
     * database cannot be opened (missing, damaged) is logged and skipped, the others resume.
     */
    async resumeRunning(orgIds: readonly string[]) {
      for (const orgId of orgIds) {
        try {
          const handle = await deps.orgHandle(orgId);
          const rows = await handle.db
            .select({ id: imports.id })
            .from(imports)
            .where(eq(imports.status, "running"));
          for (const row of rows) void run(orgId, row.id);
        } catch (err) {
          deps.logger.error({ org: orgId, err }, "resuming imports failed");
        }
      }
    },
    /** Shutdown: asks every run to stop after its current batch and waits for them. */
    async stop() {
      for (const job of running.values()) job.signal.stopped = true;
      await Promise.allSettled([...running.values()].map((job) => job.done));
    },
  };
}

/** The import services' type. */
export type Imports = ReturnType<typeof createImports>;

function storedProgress(
  row: Omit<Awaited<ReturnType<typeof loadImport>>, "filePath">,
): ImportProgress | null {
  if (row.status === "analysed") return null;
  const share = row.status === "done" ? 1 : row.totalRows ? row.nextRow / row.totalRows : 0;
  return {
    importId: row.id,
    phase: "import",
    state:
      row.status === "running"
        ? "running"
        : row.status === "done"
          ? "done"
          : row.status === "cancelled"
            ? "cancelled"
            : row.status === "failed"
              ? "failed"
              : "stopped",
    rows: row.nextRow,
    totalRows: row.totalRows,
    bytesRead: 0,
    fileBytes: row.fileBytes,
    percent: Math.round(share * 1000) / 10,
    rowsPerSecond: 0,
    etaSeconds: null,
    counts: {
      created: row.createdCount,
      duplicate: row.duplicateCount,
      invalid: row.invalidCount,
      warned: row.warnedCount,
    },
    registry: null,
    startedAt: row.startedAt ?? row.createdAt,
    updatedAt: row.finishedAt ?? row.startedAt ?? row.createdAt,
  };
}

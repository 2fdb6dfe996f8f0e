import type { Clock } from "@quartet/core";

/** Row counts of an import: created (dry run: would be created), duplicates, invalid rows, rows written with a warning. */
export type ImportCounts = { created: number; duplicate: number; invalid: number; warned: number };

/** Created clients whose requisites the registry filled, and those it could not (each a row warning). */
export type RegistryCounts = { filled: number; unfilled: number };

/** Live progress of a dry run or an import, as `core.imports.progress` reports it. */
export type ImportProgress = {
  importId: string;
  phase: "dry-run" | "import";
  state: "running" | "done" | "failed" | "cancelled" | "stopped";
  /** Data rows behind us, including those a resumed import skipped. */
  rows: number;
  totalRows: number | null;
  bytesRead: number;
  fileBytes: number;
  /** 0–100: by rows when the total is known (after a dry run), else by bytes read. */
  percent: number;
  rowsPerSecond: number;
  etaSeconds: number | null;
  counts: ImportCounts;
  /** Registry enrichment of this run (null when not asked for); counted from the run's first row. */
  registry: RegistryCounts | null;
  startedAt: number;
  updatedAt: number;
};

type Run = ImportProgress & { firstRow: number };

/**
 * Progress of the dry runs and imports running in this process, in memory, keyed by import id.
 * Finished entries stay until the next run of the same import replaces them.
 */
export function createProgressBoard(clock: Clock) {
  const runs = new Map<string, Run>();
  return {
    /** Registers a run that starts at data row `firstRow` (non-zero when resuming). */
    start(
      input: Pick<ImportProgress, "importId" | "phase" | "fileBytes" | "totalRows" | "counts"> & {
        firstRow: number;
        registry?: RegistryCounts | null;
      },
    ) {
      const now = clock.now();
      const run: Run = {
        ...input,
        registry: input.registry ?? null,
        state: "running",
        rows: input.firstRow,
        bytesRead: 0,
        percent: 0,
        rowsPerSecond: 0,
        etaSeconds: null,
        startedAt: now,
        updatedAt: now,
      };
      runs.set(input.importId, run);
    },
    /** Records how far a run got. */
    update(
      importId: string,
      step: { rows: number; bytesRead: number; counts: ImportCounts; registry?: RegistryCounts | null },
    ) {
      const run = runs.get(importId);
      if (!run) return;
      const now = clock.now();
      Object.assign(run, step, { updatedAt: now });
      const seconds = Math.max((now - run.startedAt) / 1000, 0.001);
      run.rowsPerSecond = Math.round((run.rows - run.firstRow) / seconds);
      const share = run.totalRows
        ? run.rows / run.totalRows
        : run.fileBytes
          ? run.bytesRead / run.fileBytes
          : 0;
      run.percent = Math.min(100, Math.round(share * 1000) / 10);
      run.etaSeconds = share > 0 && share < 1 ? Math.round((seconds * (1 - share)) / share) : null;
    },
    /** Marks a run as over. */
    finish(importId: string, state: Exclude<ImportProgress["state"], "running">) {
      const run = runs.get(importId);
      if (!run) return;
      run.state = state;
      run.updatedAt = clock.now();
      if (state === "done") Object.assign(run, { percent: 100, etaSeconds: 0 });
    },
    /** The progress of a run, or null when none ran in this process. */
    get(importId: string): ImportProgress | null {
      const run = runs.get(importId);
      if (!run) return null;
      const { firstRow: _, ...progress } = run;
      return progress;
    },
  };
}

/** The progress board's type. */
export type ProgressBoard = ReturnType<typeof createProgressBoard>;

/** The phases of a demo run, in order; the CLI prints a line per phase and onboarding shows which one runs. */
export const demoPhases = [
  "organisation",
  "team",
  "catalog",
  "clients",
  "history",
  "plugins",
  "prospecting",
  "first-sale",
  "farming",
  "vip",
  "finish",
] as const;

/** One phase of a demo run. */
export type DemoPhase = (typeof demoPhases)[number];

/** Where a demo run is: its phase, the counts made so far, and the organisation once it exists. */
export type DemoProgress = {
  runId: string;
  state: "running" | "done" | "failed";
  phase: DemoPhase;
  /** 0–100, by phases finished. */
  percent: number;
  counts: Record<string, number>;
  orgId: string | null;
  /** Why the run failed, for the log and the CLI (the app shows its own words). */
  error: string | null;
};

/** Told about every phase that ends, with what it made. */
export type DemoReporter = (phase: DemoPhase, counts: Record<string, number>) => void;

/**
 * Live progress of the demo runs in this process, in memory, keyed by run id, with the user who
 * started each (only they may read it). Finished runs stay until the process ends.
 */
export function createDemoProgressBoard() {
  const runs = new Map<string, DemoProgress & { userId: string }>();
  return {
    start(runId: string, userId: string) {
      runs.set(runId, {
        runId,
        userId,
        state: "running",
        phase: demoPhases[0],
        percent: 0,
        counts: {},
        orgId: null,
        error: null,
      });
    },
    /** A reporter that moves the run to the phase after the one that ended. */
    reporter(runId: string): DemoReporter {
      return (phase, counts) => {
        const run = runs.get(runId);
        if (!run) return;
        const index = demoPhases.indexOf(phase);
        run.counts = { ...run.counts, ...counts };
        run.percent = Math.round(((index + 1) / demoPhases.length) * 100);
        run.phase = demoPhases[Math.min(index + 1, demoPhases.length - 1)] ?? phase;
      };
    },
    setOrg(runId: string, orgId: string) {
      const run = runs.get(runId);
      if (run) run.orgId = orgId;
    },
    finish(runId: string, outcome: { error: string | null }) {
      const run = runs.get(runId);
      if (!run) return;
      run.state = outcome.error ? "failed" : "done";
      run.error = outcome.error;
      if (!outcome.error) run.percent = 100;
    },
    /** The run as its starter sees it; null for anyone else or an unknown run. */
    get(runId: string, userId: string): DemoProgress | null {
      const run = runs.get(runId);
      if (!run || run.userId !== userId) return null;
      const { userId: _, ...progress } = run;
      return progress;
    },
  };
}

/** The progress board's type. */
export type DemoProgressBoard = ReturnType<typeof createDemoProgressBoard>;

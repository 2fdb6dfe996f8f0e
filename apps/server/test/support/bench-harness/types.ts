/** One round's figures of one side, by name with the unit in it: `{ "req/s": 812, "p99 ms": 64 }`. */
export type Figures = Record<string, number>;

/**
 * A goal for one figure. Ratio goals judge the median over rounds of ours ÷ baseline (each round's
 * two sides run back to back); absolute goals judge the median of ours alone. A goal with no bound
 * only reports the figure.
 */
export type Goal = {
  /** The figure's name, as the sides return it (`"req/s"`, `"p99 ms"`, `"MB/org"`). */
  metric: string;
  ratioAtLeast?: number;
  ratioAtMost?: number;
  atLeast?: number;
  atMost?: number;
  /** Why the goal is what it is, or what a miss means; printed under the summary table. */
  note?: string;
};

/** A benchmark: its name, its two sides and their goals. */
export type Bench = {
  /** Shown in the summary: `"core.clients.list"`, `"farming: full recompute"`. */
  name: string;
  /** One measurement of our side; `round` counts from 0. */
  ours: (round: number) => Promise<Figures>;
  /** One measurement of the baseline; absent when every goal is absolute. */
  baseline?: (round: number) => Promise<Figures>;
  goals: readonly Goal[];
  /** Rounds of each side (default 5, quick mode 3). */
  rounds?: number;
};

/** One figure's outcome over all rounds, as the results file holds it. */
export type FigureResult = {
  bench: string;
  metric: string;
  goal: string;
  ours: number;
  baseline: number | null;
  /** Median of the per-round ratios ours ÷ baseline (null without a baseline). */
  ratio: number | null;
  /** [min, max] of the judged series: the ratios, or ours' figures for an absolute goal. */
  spread: [number, number];
  met: boolean | null;
  missedBy: number;
  rounds: { ours: number; baseline: number | null }[];
  note?: string;
};

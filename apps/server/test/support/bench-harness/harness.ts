/**
 * The benchmark harness (`@quartet/server/testing/bench`, re-exported by `@quartet/testing/bench`).
 *
 * A benchmark declares its two sides and its goals; `runBench` runs the sides alternately —
 * ours, baseline, ours, baseline … (5 rounds each, 3 under `QUARTET_BENCH_QUICK=1`) — so a busy
 * neighbour slows both sides of a round alike, prints every round's raw figures, then per goal the
 * medians, the median of the per-round ratios ours ÷ baseline with its spread (min–max), and the
 * verdict; it writes the same to `bench-results/<package>--<bench>.json` at the workspace root,
 * which `pnpm bench` prints as one table at the end (`scripts/bench-summary.mjs`).
 *
 * ```ts
 * import { benchNumber, runBench } from "@quartet/testing/bench";
 * const rows = benchNumber("ROWS", 1_000_000, 2_000); // full size, quick size
 * await runBench({
 *   name: "core.clients.list",
 *   ours: async () => ({ "req/s": 812, "p99 ms": 64 }),     // one measurement of our side
 *   baseline: async () => ({ "req/s": 1130, "p99 ms": 50 }), // the same on the baseline
 *   goals: [
 *     { metric: "req/s", ratioAtLeast: 0.75 },  // median ours ÷ baseline ≥ 0.75
 *     { metric: "p99 ms", ratioAtMost: 1.5 },   // median ours ÷ baseline ≤ 1.5
 *     { metric: "MB", atMost: 300 },            // ours' median alone (no baseline needed)
 *     { metric: "claims" },                     // reported, not judged
 *   ],
 * });
 * ```
 * Each side returns named figures with their unit in the name; a goal names one of them (a figure
 * only ours returns, such as peak memory, gets no ratio: give it an absolute goal or none). Seed
 * outside the sides (not measured); a side may warm up itself. Ratios are ours ÷ baseline for
 * every figure: for throughput higher is better (`ratioAtLeast`), for times lower (`ratioAtMost`).
 */
import { benchQuick } from "../../../bench/env.ts";
import { figureResult } from "./figure-result.ts";
import { writeResults } from "./results.ts";
import type { Bench, FigureResult, Figures } from "./types.ts";

export type { Bench, FigureResult, Figures, Goal } from "./types.ts";

const print = (line: string) => process.stdout.write(`${line}\n`);

/** A figure for people: thousands grouped from 100 up, else three significant digits. */
export function figureText(value: number): string {
  if (Math.abs(value) >= 100) return Math.round(value).toLocaleString("en");
  return Number(value.toPrecision(3)).toString();
}

const figuresText = (figures: Figures) =>
  Object.entries(figures)
    .map(([name, value]) => `${name} ${figureText(value)}`)
    .join(", ");

/** Runs a benchmark's sides alternately, prints and records the figures; returns one result per goal. */
export async function runBench(bench: Bench): Promise<FigureResult[]> {
  const rounds = bench.rounds ?? (benchQuick() ? 3 : 5);
  const ours: Figures[] = [];
  const baseline: Figures[] = [];
  print(`${bench.name}: ${rounds} rounds${bench.baseline ? " (ours, baseline alternately)" : ""}`);
  for (let round = 0; round < rounds; round++) {
    ours.push(await bench.ours(round));
    if (bench.baseline) baseline.push(await bench.baseline(round));
    const base = baseline[round];
    print(
      `  round ${round + 1}: ours ${figuresText(ours[round] ?? {})}${base ? ` | baseline ${figuresText(base)}` : ""}`,
    );
  }
  const results = bench.goals.map((goal) => {
    // A figure only our side reports (peak memory, say) has no baseline, and so no ratio.
    const onBothSides = bench.baseline && baseline.every((f) => goal.metric in f);
    return figureResult(
      bench.name,
      goal,
      ours.map((f) => figureOf(f, goal.metric, "ours")),
      onBothSides ? baseline.map((f) => figureOf(f, goal.metric, "baseline")) : null,
    );
  });
  for (const r of results) print(`  ${resultLine(r)}`);
  writeResults(bench.name, results);
  return results;
}

/** One result in a line: `req/s: ours 812, baseline 1,130, ratio 0.72 (0.68–0.75); goal ratio ≥ 0.75 missed by 4 %`. */
export function resultLine(r: FigureResult): string {
  const base = r.baseline === null ? "" : `, baseline ${figureText(r.baseline)}`;
  const ratio = r.ratio === null ? "" : `, ratio ${figureText(r.ratio)}`;
  const spread = `(${figureText(r.spread[0])}–${figureText(r.spread[1])})`;
  const verdict = r.met === null ? "" : r.met ? " met" : ` missed by ${Math.round(r.missedBy * 100)} %`;
  return `${r.metric}: ours ${figureText(r.ours)}${base}${ratio} ${spread}; goal ${r.goal}${verdict}`;
}

function figureOf(figures: Figures, metric: string, side: string): number {
  const value = figures[metric];
  if (value === undefined || !Number.isFinite(value))
    throw new Error(`a ${side} round returned no finite "${metric}" (got ${JSON.stringify(figures)})`);
  return value;
}

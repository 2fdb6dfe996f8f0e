import { describe, expect, it } from "vitest";
import { figureResult } from "./figure-result.ts";

describe("a benchmark figure's result over its rounds", () => {
  it.each([
    {
      case: "a ratio goal: the median of per-round ratios, spread over the ratios",
      goal: { metric: "req/s", ratioAtLeast: 0.75 },
      ours: [80, 60, 90],
      baseline: [100, 100, 100],
      want: { ours: 80, baseline: 100, ratio: 0.8, spread: [0.6, 0.9], met: true },
    },
    {
      case: "a busy neighbour slowing both sides of one round leaves the ratio alone",
      goal: { metric: "p99 ms", ratioAtMost: 1.5 },
      ours: [20, 200, 22],
      baseline: [10, 100, 10],
      want: { ours: 22, baseline: 10, ratio: 2, spread: [2, 2.2], met: false },
    },
    {
      case: "an absolute goal judges ours alone, spread over ours",
      goal: { metric: "MB/open org", atMost: 1 },
      ours: [0.5, 0.7, 0.6],
      baseline: null,
      want: { ours: 0.6, baseline: null, ratio: null, spread: [0.5, 0.7], met: true },
    },
    {
      case: "a reported figure with both sides: ratio and its spread, no verdict",
      goal: { metric: "ms" },
      ours: [30, 40],
      baseline: [10, 10],
      want: { ours: 35, baseline: 10, ratio: 3.5, spread: [3, 4], met: null },
    },
  ])("$case", ({ goal, ours, baseline, want }) => {
    const result = figureResult("bench", goal, ours, baseline);
    expect(result).toMatchObject({ ...want, metric: goal.metric, bench: "bench" });
    expect(result.rounds).toHaveLength(ours.length);
  });

  it("refuses a ratio goal without a baseline", () => {
    expect(() => figureResult("bench", { metric: "req/s", ratioAtLeast: 1 }, [1], null)).toThrow(
      /needs a baseline/,
    );
  });
});

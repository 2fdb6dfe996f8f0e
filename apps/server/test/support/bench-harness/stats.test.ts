import { describe, expect, it } from "vitest";
import { goalText, medianOf, spreadOf, verdictOf } from "./stats.ts";

describe("the benchmark harness's statistics", () => {
  it.each([
    [[], 0],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])("median of %j is %d", (values, median) => expect(medianOf(values)).toBe(median));

  it.each([
    [[], [0, 0]],
    [
      [2, 9, 4],
      [2, 9],
    ],
  ])("spread of %j is %j", (values, spread) => expect(spreadOf(values)).toEqual(spread));

  it.each([
    [{ metric: "req/s", ratioAtLeast: 0.75 }, 0.8, { met: true, missedBy: 0 }],
    [{ metric: "req/s", ratioAtLeast: 0.75 }, 0.6, { met: false, missedBy: 0.2 }],
    [{ metric: "p99 ms", ratioAtMost: 1.5 }, 1.5, { met: true, missedBy: 0 }],
    [{ metric: "p99 ms", ratioAtMost: 2 }, 3, { met: false, missedBy: 0.5 }],
    [{ metric: "MB/org", atMost: 1 }, 0.4, { met: true, missedBy: 0 }],
    [{ metric: "fds", atLeast: 10 }, 5, { met: false, missedBy: 0.5 }],
    [{ metric: "ms" }, 12, { met: null, missedBy: 0 }],
  ])("%j judges %d as %j", (goal, value, verdict) => {
    const got = verdictOf(goal, value);
    expect(got.met).toBe(verdict.met);
    expect(got.missedBy).toBeCloseTo(verdict.missedBy);
  });

  it.each([
    [{ metric: "req/s", ratioAtLeast: 0.75 }, "ratio ≥ 0.75"],
    [{ metric: "p99 ms", ratioAtMost: 1.5 }, "ratio ≤ 1.5×"],
    [{ metric: "MB/org", atMost: 1 }, "≤ 1"],
    [{ metric: "fds", atLeast: 3 }, "≥ 3"],
    [{ metric: "ms" }, "—"],
  ])("%j reads %s", (goal, text) => expect(goalText(goal)).toBe(text));
});

import { describe, expect, it } from "vitest";
import { daysBefore, pillOf, readingsOf, type Summary } from "./readings.ts";

const summary = (change: Partial<Summary>): Summary =>
  ({
    from: "2026-01-01",
    to: "2026-01-31",
    currency: "RUB",
    otherCurrencies: 0,
    won: 3,
    lost: 1,
    open: 10,
    winRate: 0.75,
    leadToPaid: null,
    cycleDays: null,
    averageFirstOrderMinor: null,
    wonAmountMinor: 0,
    weightedPipelineMinor: 0,
    weightedCoverage: null,
    rottingShare: 0.5,
    withoutNextStepShare: 0.2,
    lostByReason: [],
    ...change,
  }) as Summary;

describe("readingsOf", () => {
  it("judges each reading by the health thresholds", () => {
    expect(readingsOf(summary({})).map((r) => [r.key, r.status])).toEqual([
      ["winRate", "ok"],
      ["rotting", "bad"],
      ["withoutNextStep", "warn"],
      ["coverage", "unknown"],
    ]);
  });
  it("cannot judge a win rate on fewer than three closed deals", () => {
    expect(readingsOf(summary({ won: 1, lost: 0, winRate: 1 }))[0]?.status).toBe("unknown");
  });
});

describe("helpers", () => {
  it.each([
    ["ok", "ok"],
    ["warn", "warning"],
    ["bad", "error"],
    ["unknown", "inactive"],
  ] as const)("%s is drawn as %s", (status, pill) => {
    expect(pillOf(status)).toBe(pill);
  });
  it("counts days back across a month", () => {
    expect(daysBefore("2026-03-01", 1)).toBe("2026-02-28");
    expect(daysBefore("2026-03-31", 89)).toBe("2026-01-01");
  });
});

import { describe, expect, it } from "vitest";
import { coverageStatus, nextStepStatus, rottingStatus, winRateStatus } from "./health-status.ts";

describe("health thresholds", () => {
  it.each([
    [0.3, 10, "ok"],
    [0.25, 10, "ok"],
    [0.2, 10, "warn"],
    [0.1, 10, "bad"],
    [0.9, 2, "unknown"],
    [null, 0, "unknown"],
  ] as const)("win rate %s of %d closed → %s", (rate, closed, status) => {
    expect(winRateStatus(rate, closed)).toBe(status);
  });

  it.each([
    [0, "ok"],
    [0.2, "ok"],
    [0.35, "warn"],
    [0.5, "bad"],
    [null, "unknown"],
  ] as const)("rotting share %s → %s", (share, status) => {
    expect(rottingStatus(share)).toBe(status);
  });

  it.each([
    [0.1, "ok"],
    [0.2, "warn"],
    [0.31, "bad"],
    [null, "unknown"],
  ] as const)("without next step %s → %s", (share, status) => {
    expect(nextStepStatus(share)).toBe(status);
  });

  it.each([
    [1.4, "ok"],
    [0.7, "warn"],
    [0.5, "bad"],
    [null, "unknown"],
  ] as const)("coverage %s → %s", (coverage, status) => {
    expect(coverageStatus(coverage)).toBe(status);
  });
});

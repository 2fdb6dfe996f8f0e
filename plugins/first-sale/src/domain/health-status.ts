import type { HealthStatus } from "@quartet/core/plugin";

/** The thresholds of first sale's vital signs, in one place (README lists them). */
export const thresholds = {
  /** Win rate of the last 90 days: ok ≥ 25 %, warn ≥ 15 %, bad below; unknown under 3 closed deals. */
  winRate: { ok: 0.25, warn: 0.15, minClosed: 3 },
  /** Share of open deals that rot: ok ≤ 20 %, warn ≤ 40 %, bad above. */
  rotting: { ok: 0.2, warn: 0.4 },
  /** Share of open deals without a next step: ok ≤ 10 %, warn ≤ 30 %, bad above. */
  withoutNextStep: { ok: 0.1, warn: 0.3 },
  /** Weighted pipeline expected this month ÷ the monthly target: ok ≥ 100 %, warn ≥ 70 %, bad below. */
  coverage: { ok: 1, warn: 0.7 },
} as const;

/** Win rate against its thresholds; `unknown` with too few closed deals to say. */
export function winRateStatus(rate: number | null, closed: number): HealthStatus {
  if (rate === null || closed < thresholds.winRate.minClosed) return "unknown";
  return atLeast(rate, thresholds.winRate);
}

/** Share of rotting open deals; `unknown` without open deals. */
export function rottingStatus(share: number | null): HealthStatus {
  return share === null ? "unknown" : atMost(share, thresholds.rotting);
}

/** Share of open deals without a next step; `unknown` without open deals. */
export function nextStepStatus(share: number | null): HealthStatus {
  return share === null ? "unknown" : atMost(share, thresholds.withoutNextStep);
}

/** Weighted coverage of the monthly target; `unknown` without a target. */
export function coverageStatus(coverage: number | null): HealthStatus {
  return coverage === null ? "unknown" : atLeast(coverage, thresholds.coverage);
}

function atLeast(value: number, t: { ok: number; warn: number }): HealthStatus {
  if (value >= t.ok) return "ok";
  return value >= t.warn ? "warn" : "bad";
}

function atMost(value: number, t: { ok: number; warn: number }): HealthStatus {
  if (value <= t.ok) return "ok";
  return value <= t.warn ? "warn" : "bad";
}

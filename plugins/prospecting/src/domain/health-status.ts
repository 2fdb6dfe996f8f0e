/** How a vital sign reads (the same words as core's `HealthStatus`). */
export type HealthStatus = "ok" | "warn" | "bad" | "unknown";

/**
 * Qualified leads this week against the weekly target, judged by pace: by Wednesday noon
 * (elapsed 0.36 of the week) 36 % of the target is on pace. `ok` at ≥ 90 % of the pace,
 * `warn` at ≥ 60 %, `bad` below; `unknown` without a target.
 */
export function leadInflowStatus(value: number, target: number, elapsedOfWeek: number): HealthStatus {
  if (target <= 0) return "unknown";
  const pace = target * Math.min(1, Math.max(0, elapsedOfWeek));
  if (value >= target || value >= pace * 0.9) return "ok";
  return value >= pace * 0.6 ? "warn" : "bad";
}

/** The oldest untriaged request: `ok` under 1 hour (or none), `warn` under 24 hours, `bad` after. */
export function untriagedAgeStatus(ageHours: number | null): HealthStatus {
  if (ageHours === null || ageHours < 1) return "ok";
  return ageHours < 24 ? "warn" : "bad";
}

/** Connect rate of the last 7 days (0..1): `ok` ≥ 30 %, `warn` ≥ 15 %, `bad` below; `unknown` without dials. */
export function connectRateStatus(rate: number | null): HealthStatus {
  if (rate === null) return "unknown";
  if (rate >= 0.3) return "ok";
  return rate >= 0.15 ? "warn" : "bad";
}

import type { MonthKey } from "./periods.ts";

/** A stored target: one function's metric from `month` on. */
export type TargetRow = { month: string; function: string; metric: string; value: number };

/** The key of a function's metric: `first-sale|revenue`. */
export const metricKey = (fn: string, metric: string) => `${fn}|${metric}`;

/**
 * The targets in force in `month`: per function metric, the one set for the latest month not after
 * it — a target holds from its month on until a later month sets another. Targets of later months
 * are ignored. A value of 0 is a target withdrawn ("no plan") from that month on.
 *
 * @example targetsInForce([{ month: "2026-10", function: "vip", metric: "revenue", value: 5 }], "2026-12").get("vip|revenue") // { value: 5, month: "2026-10" }
 */
export function targetsInForce(
  rows: readonly TargetRow[],
  month: MonthKey,
): Map<string, { value: number; month: string }> {
  const inForce = new Map<string, { value: number; month: string }>();
  for (const row of rows) {
    if (row.month > month) continue;
    const key = metricKey(row.function, row.metric);
    const held = inForce.get(key);
    if (!held || held.month < row.month) inForce.set(key, { value: row.value, month: row.month });
  }
  return inForce;
}

/**
 * Actual as a whole percent of the target; null when there is no plan (no target, or 0), so the
 * page says "no plan set" instead of showing red against nothing.
 *
 * @example percentOfPlan(45, 60) // 75
 */
export function percentOfPlan(actual: number | null, target: number | null): number | null {
  if (actual === null || target === null || target <= 0) return null;
  return Math.round((actual / target) * 100);
}

/** How a metric stands: `no-plan`, `done` (target reached), `on-pace` or `behind` the month's elapsed share. */
export type PlanState = "no-plan" | "no-data" | "done" | "on-pace" | "behind";

/**
 * Judges a metric against its target and the share of the month gone: behind when the actual is
 * under the target's pro-rata share by now.
 *
 * @example planState(30, 100, 0.5) // "behind"
 */
export function planState(actual: number | null, target: number | null, elapsed: number): PlanState {
  if (target === null || target <= 0) return "no-plan";
  if (actual === null) return "no-data";
  if (actual >= target) return "done";
  return actual >= target * elapsed ? "on-pace" : "behind";
}

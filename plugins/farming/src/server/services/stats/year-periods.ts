import { addDays, addMonths } from "@quartet/core";
import type { Period } from "../../../domain/metrics.ts";

/**
 * The 12 months up to today (today included) and the 12 before them, as the half-open periods the
 * metrics take: the windows of 12-month revenue and net revenue retention.
 *
 * @example lastYear("2026-06-01").period // { from: "2025-06-02", to: "2026-06-02" }
 */
export function lastYear(today: string): { period: Period; previous: Period } {
  const to = addDays(today, 1);
  const from = addDays(addMonths(today, -12), 1);
  return { period: { from, to }, previous: { from: addDays(addMonths(today, -24), 1), to: from } };
}

/** The 12 calendar months up to today's, as one period. */
export function lastTwelveMonths(today: string): Period {
  return { from: `${addMonths(today, -11).slice(0, 7)}-01`, to: addDays(today, 1) };
}

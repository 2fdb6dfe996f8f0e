import type { SignalSeverity } from "./types.ts";

/**
 * `urgent` once `value` reaches `factor` times its threshold, else `advice`.
 *
 * @example severityOf(100, 50, 2) // "urgent"; severityOf(99, 50, 2) // "advice"
 */
export function severityOf(value: number, threshold: number, factor: number): SignalSeverity {
  return value >= threshold * factor ? "urgent" : "advice";
}

import type { HealthStatus } from "@quartet/core/plugin";

/**
 * How a reading stands against its target: `ok` on the right side of it; `warn` within a fifth
 * below an "at least" target or half above an "at most" one; `bad` beyond; `unknown` without data.
 *
 * @example targetStatus(70, 80, "at-least") // "warn"
 */
export function targetStatus(
  value: number | null,
  target: number,
  direction: "at-least" | "at-most",
): HealthStatus {
  if (value === null) return "unknown";
  if (direction === "at-least") return value >= target ? "ok" : value >= target * 0.8 ? "warn" : "bad";
  return value <= target ? "ok" : value <= target * 1.5 ? "warn" : "bad";
}

/** A share as a percent with one decimal; null for no share. */
export const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);

/** `part ÷ whole`, null when the whole is empty. */
export const shareOf = (part: number, whole: number) => (whole > 0 ? part / whole : null);

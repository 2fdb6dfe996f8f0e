/** A duration as the screens say it: minutes under an hour, hours under two days, else days. */
export type DurationText = { unit: "minutes" | "hours" | "days"; n: number };

const minute = 60_000;
const hour = 60 * minute;

/**
 * Rounds a duration for people: whole minutes (at least 1), hours with one decimal, whole days.
 *
 * @example durationOf(90 * 60_000) // { unit: "hours", n: 1.5 }
 */
export function durationOf(ms: number): DurationText {
  const safe = Math.max(0, ms);
  if (safe < hour) return { unit: "minutes", n: Math.max(1, Math.round(safe / minute)) };
  if (safe < 48 * hour) return { unit: "hours", n: Math.round((safe / hour) * 10) / 10 };
  return { unit: "days", n: Math.round(safe / (24 * hour)) };
}

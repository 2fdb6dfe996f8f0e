import { localDate, zoneOffsetMs } from "@quartet/core";

const dayMs = 86_400_000;

/** The instant a wall-clock time (given as if it were UTC) happens in `zone`; two passes handle offset changes. */
export function wallToInstant(wallAsUtc: number, zone: string): number {
  const first = wallAsUtc - zoneOffsetMs(wallAsUtc, zone);
  return wallAsUtc - zoneOffsetMs(first, zone);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a business date `YYYY-MM-DD`. */
export function isoWeekday(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

/**
 * The instant the local week containing `now` began: Monday 00:00 in `zone`.
 *
 * @example weekStartOf(Date.UTC(2026, 0, 16, 10), "Europe/Moscow") // Date.UTC(2026, 0, 11, 21) — Monday 12th, 00:00 MSK
 */
export function weekStartOf(now: number, zone: string): number {
  const today = localDate(now, zone);
  const monday = Date.parse(`${today}T00:00:00Z`) - (isoWeekday(today) - 1) * dayMs;
  return wallToInstant(monday, zone);
}

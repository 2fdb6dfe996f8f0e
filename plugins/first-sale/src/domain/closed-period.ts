import { localDate, quarterStart, startOfLocalDay, zoneOffsetMs } from "@quartet/core";

/** How far back the board's won and lost columns reach: 30 days, the current quarter, or all time. */
export const closedPeriods = ["30d", "quarter", "all"] as const;

/** One of `closedPeriods`. */
export type ClosedPeriod = (typeof closedPeriods)[number];

const dayMs = 86_400_000;

/**
 * The instant from which a deal closed (won or lost) still shows on the board, or null for all
 * time: 30 days before `now`, or the start of the quarter `today` falls in, at midnight in the
 * organisation's time zone.
 *
 * @example closedSince("quarter", Date.parse("2026-05-20T10:00:00Z"), "Europe/Moscow") // Date.parse("2026-03-31T21:00:00Z")
 */
export function closedSince(period: ClosedPeriod, now: number, timeZone: string): number | null {
  if (period === "all") return null;
  if (period === "30d") return now - 30 * dayMs;
  const firstDay = quarterStart(localDate(now, timeZone));
  const midnightAsUtc = Date.parse(`${firstDay}T00:00:00Z`);
  return startOfLocalDay(midnightAsUtc - zoneOffsetMs(midnightAsUtc, timeZone), timeZone);
}

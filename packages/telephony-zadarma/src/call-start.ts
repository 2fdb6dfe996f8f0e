import { zoneOffsetMs } from "@quartet/core";

/**
 * A notification's `call_start` (`2026-12-07 12:30:05`, the account's wall clock) as a UTC
 * instant; null when it is not in that form.
 *
 * @example callStartInstant("2026-12-07 12:30:05", "Europe/Moscow") // Date.UTC(2026, 11, 7, 9, 30, 5)
 */
export function callStartInstant(raw: string | undefined, timeZone: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(raw?.trim() ?? "");
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  if (Number.isNaN(wall)) return null;
  // The offset at the wall time read as UTC is right except within an hour of a DST change.
  return wall - zoneOffsetMs(wall - zoneOffsetMs(wall, timeZone), timeZone);
}

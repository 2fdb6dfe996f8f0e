import { localDate } from "@quartet/core";
import { wallToInstant } from "./local-time.ts";

/** When "tomorrow morning" starts: the start of the working day, in the organisation's zone. */
export const workingDayStart = "10:00";

const dayMs = 86_400_000;

/**
 * The instant of "call back tomorrow morning": tomorrow's `workingDayStart` in `zone` (the
 * organisation's), whatever the caller's own clock says.
 *
 * @example tomorrowMorning(Date.parse("2026-12-09T20:30:00Z"), "Europe/Moscow") // 2026-12-11T07:00:00Z — it is already the 10th in Moscow
 */
export function tomorrowMorning(now: number, zone: string, start = workingDayStart): number {
  const [hours = 0, minutes = 0] = start.split(":").map(Number);
  const tomorrow = Date.parse(`${localDate(now, zone)}T00:00:00Z`) + dayMs;
  return wallToInstant(tomorrow + (hours * 60 + minutes) * 60_000, zone);
}

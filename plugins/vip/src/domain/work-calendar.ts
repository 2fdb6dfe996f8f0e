import { isoWeekday, zoneOffsetMs } from "@quartet/core";
import { type BusinessCalendar, weekdayKeys } from "../contracts/calendar.ts";

/** A business calendar with its time zone settled (the organisation's when the calendar names none). */
export type WorkCalendar = Omit<BusinessCalendar, "timeZone"> & { timeZone: string };

/** The calendar the clocks run on: the stored one, in the organisation's time zone unless it names its own. */
export function workCalendar(calendar: BusinessCalendar, organisationTimeZone: string): WorkCalendar {
  return { ...calendar, timeZone: calendar.timeZone ?? organisationTimeZone };
}

/** The open and close instants (UTC ms) of one working day. */
export type Opening = { open: number; close: number };

/**
 * A function giving each business date's opening in the calendar's time zone, or null on a day
 * off: a holiday is off, an extra working day works its own hours, any other day its weekday's.
 */
export function openings(calendar: WorkCalendar): (date: string) => Opening | null {
  const holidays = new Set(calendar.holidays);
  const extra = new Map(calendar.extraWorkingDays.map((d) => [d.date, d]));
  return (date) => {
    if (holidays.has(date)) return null;
    const weekday = weekdayKeys[isoWeekday(date) - 1] as (typeof weekdayKeys)[number];
    const hours = extra.get(date) ?? calendar.week[weekday];
    if (!hours) return null;
    return {
      open: wallClockInstant(date, hours.from, calendar.timeZone),
      close: wallClockInstant(date, hours.to, calendar.timeZone),
    };
  };
}

/**
 * The instant a wall clock in `timeZone` shows `time` (`HH:MM`, `24:00` for the day's end) on
 * `date`. The zone's offset is read twice, so a day on which it changes still lands right.
 *
 * @example wallClockInstant("2025-11-03", "09:00", "Europe/Moscow") // 2025-11-03T06:00:00Z
 */
export function wallClockInstant(date: string, time: string, timeZone: string): number {
  const [h = 0, m = 0] = time.split(":").map(Number);
  const asUtc = Date.parse(`${date}T00:00:00Z`) + (h * 60 + m) * 60_000;
  const first = asUtc - zoneOffsetMs(asUtc, timeZone);
  return asUtc - zoneOffsetMs(first, timeZone);
}

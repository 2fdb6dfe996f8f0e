import { addDays, localDate } from "@quartet/core";

/** The demo organisation's time zone; its business dates and working hours are Moscow's. */
export const demoTimeZone = "Europe/Moscow";

const hourMs = 3_600_000;

/** The UTC instant of `hour`:`minute` Moscow time (UTC+3, no daylight saving) on a business date. */
export function moscowAt(date: string, hour: number, minute = 0): number {
  return Date.parse(`${date}T00:00:00Z`) + (hour - 3) * hourMs + minute * 60_000;
}

/** Today's business date in Moscow at `now`, and the date `days` from it. */
export function moscowDate(now: number, days = 0): string {
  return addDays(localDate(now, demoTimeZone), days);
}

/** True for Saturday and Sunday. */
export function isWeekend(date: string): boolean {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/** The working day on or before `date` (Friday for a weekend). */
export function workdayOnOrBefore(date: string): string {
  let day = date;
  while (isWeekend(day)) day = addDays(day, -1);
  return day;
}

import {
  addDays,
  addMonths,
  type IsoWeek,
  isoWeekMonday,
  isoWeekOf,
  localDate,
  monthKey,
  startOfLocalDay,
} from "@quartet/core";
import type { PlanPeriod } from "@quartet/core/plugin";

/** A calendar month, `2026-12`: the key targets are stored by. */
export type MonthKey = `${number}-${string}`;

/** The instant a business date began in `timeZone` (noon UTC falls on that date in zones from UTC−11 to UTC+11). */
function dayStart(date: string, timeZone: string): number {
  return startOfLocalDay(Date.parse(`${date}T12:00:00Z`), timeZone);
}

/** The days `firstDay`…`lastDay` as a plan period in `timeZone`: from the first day's midnight to the midnight after the last. */
function periodOf(firstDay: string, lastDay: string, timeZone: string): PlanPeriod {
  return {
    from: dayStart(firstDay, timeZone),
    to: dayStart(addDays(lastDay, 1), timeZone),
    firstDay,
    lastDay,
  };
}

/** The month after `month`. @example nextMonth("2026-12") // "2027-01" */
export function nextMonth(month: MonthKey): MonthKey {
  return monthKey(addMonths(`${month}-01`, 1)) as MonthKey;
}

/**
 * The calendar month holding `now` in the organisation's zone, as a plan period.
 *
 * @example monthPeriod(Date.UTC(2026, 11, 31, 22), "Europe/Moscow").month // "2027-01" (01:00 on 1 January in Moscow)
 */
export function monthPeriod(now: number, timeZone: string): PlanPeriod & { month: MonthKey } {
  const month = monthKey(localDate(now, timeZone)) as MonthKey;
  const lastDay = addDays(`${nextMonth(month)}-01`, -1);
  return { month, ...periodOf(`${month}-01`, lastDay, timeZone) };
}

/** The ISO week (Monday to Sunday) holding `now` in the organisation's zone, as a period. */
export function weekPeriod(now: number, timeZone: string): PlanPeriod & { week: IsoWeek } {
  const week = isoWeekOf(localDate(now, timeZone));
  const monday = isoWeekMonday(week);
  return { week, ...periodOf(monday, addDays(monday, 6), timeZone) };
}

/** How much of a period has passed at `now`, 0…1: the pace a plan is judged by. */
export function elapsedShare(period: Pick<PlanPeriod, "from" | "to">, now: number): number {
  return Math.min(1, Math.max(0, (now - period.from) / (period.to - period.from)));
}

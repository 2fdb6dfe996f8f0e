import { endOfLocalDay } from "../clients/tasks.ts";
import { addDays, isoWeekday } from "../dates.ts";
import { localDate } from "../time.ts";

/** The sections of "My work", in the order the page shows them. */
export const agendaSections = ["overdue", "today", "tomorrow", "week", "later"] as const;
export type AgendaSection = (typeof agendaSections)[number];

/** Items sorted into the sections, each by time. */
export type AgendaSections<T> = Record<AgendaSection, T[]>;

/**
 * The instant a business date begins in a time zone (its local midnight, DST-proof).
 *
 * @example startOfDate("2026-03-05", "Europe/Moscow") // 2026-03-04T21:00:00.000Z
 */
export function startOfDate(date: string, timeZone: string): number {
  return endOfLocalDay(addDays(date, -1), timeZone) + 1;
}

/**
 * The Monday of the ISO week a business date falls in, and its seven dates (Monday to Sunday).
 *
 * @example isoWeekDates("2026-12-10").monday // "2026-12-07"
 */
export function isoWeekDates(date: string): { monday: string; days: string[] } {
  const monday = addDays(date, 1 - isoWeekday(date));
  return { monday, days: Array.from({ length: 7 }, (_, i) => addDays(monday, i)) };
}

/**
 * Where an item due at `at` belongs at `now`: `overdue` once past (earlier today counts), `today`
 * until local midnight, `tomorrow`, `week` for the rest of this ISO week (Monday to Sunday) after
 * tomorrow, `later` after that — all in the organisation's time zone. On a Saturday or Sunday the
 * week section is empty: tomorrow is the week's last day or already the next week.
 */
export function agendaSectionOf(at: number, now: number, timeZone: string): AgendaSection {
  if (at < now) return "overdue";
  const today = localDate(now, timeZone);
  const date = localDate(at, timeZone);
  if (date === today) return "today";
  if (date === addDays(today, 1)) return "tomorrow";
  return date <= addDays(isoWeekDates(today).monday, 6) ? "week" : "later";
}

/** Items sorted into `agendaSections` at `now`, each section by time (ties keep input order). */
export function sortIntoSections<T extends { at: number }>(
  items: readonly T[],
  now: number,
  timeZone: string,
): AgendaSections<T> {
  const sections: AgendaSections<T> = { overdue: [], today: [], tomorrow: [], week: [], later: [] };
  for (const item of items) sections[agendaSectionOf(item.at, now, timeZone)].push(item);
  for (const list of Object.values(sections)) list.sort((a, b) => a.at - b.at);
  return sections;
}

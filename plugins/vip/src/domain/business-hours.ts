import { addDays, DomainError, localDate } from "@quartet/core";
import { m } from "../contracts/messages.ts";
import { openings, type WorkCalendar } from "./work-calendar.ts";

const MINUTE_MS = 60_000;
/** How far a clock may look ahead for working time before the calendar is judged to have none. */
const HORIZON_DAYS = 3_700;

/**
 * The instant `minutes` of business time after `start`: only working hours count, in the
 * calendar's time zone; nights, weekends and holidays pass without counting. A start outside
 * hours counts from the next opening; a timer that runs out at closing time is due at closing.
 * Zero minutes is `start` itself.
 *
 * @example addBusinessMinutes(fridayAt1730Moscow, 60, calendar) // Monday 09:30 Moscow time
 */
export function addBusinessMinutes(start: number, minutes: number, calendar: WorkCalendar): number {
  if (!(Number.isFinite(minutes) && minutes >= 0)) {
    throw new DomainError("BAD_INPUT", m.businessMinutes, { params: { minutes: String(minutes) } });
  }
  if (minutes === 0) return start;
  const openingOn = openings(calendar);
  let remaining = minutes * MINUTE_MS;
  let date = localDate(start, calendar.timeZone);
  for (let day = 0; day < HORIZON_DAYS; day++, date = addDays(date, 1)) {
    const opening = openingOn(date);
    if (!opening) continue;
    const from = Math.max(start, opening.open);
    if (from >= opening.close) continue;
    if (remaining <= opening.close - from) return from + remaining;
    remaining -= opening.close - from;
  }
  throw new DomainError("BAD_INPUT", m.noHoursAhead);
}

/**
 * Business minutes between two instants: the working time inside `[a, b]`, fractional when the
 * instants are not on whole minutes; negative when `b` is before `a`.
 *
 * @example businessMinutesBetween(fridayAt1730Moscow, mondayAt0930Moscow, calendar) // 60
 */
export function businessMinutesBetween(a: number, b: number, calendar: WorkCalendar): number {
  if (b < a) return -businessMinutesBetween(b, a, calendar);
  const openingOn = openings(calendar);
  const last = localDate(b, calendar.timeZone);
  let total = 0;
  for (let date = localDate(a, calendar.timeZone); date <= last; date = addDays(date, 1)) {
    const opening = openingOn(date);
    if (opening) total += Math.max(0, Math.min(b, opening.close) - Math.max(a, opening.open));
  }
  return total / MINUTE_MS;
}

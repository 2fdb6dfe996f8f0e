import { addBusinessMinutes, businessMinutesBetween } from "./business-hours.ts";
import type { WorkCalendar } from "./work-calendar.ts";

/** Where a request's first-response clock is: still running, answered in time, or breached (answered late or not yet). */
export type SlaState = "running" | "answered" | "breached";

/** A request's SLA at a moment: when it is due, the business minutes left or over, and its state. */
export type SlaStatus = {
  dueAt: number;
  state: SlaState;
  breached: boolean;
  /** Business minutes left before it is due, rounded up (0 once answered or breached). */
  remainingMinutes: number;
  /** Business minutes past due, rounded down (0 unless breached). */
  overdueMinutes: number;
};

/**
 * The SLA of a request that arrived at `startedAt`, with a first response due within `slaMinutes`
 * business minutes of its tier: due at the instant the business clock runs out; breached when
 * the response (or, with none yet, `now`) comes after that instant.
 *
 * @example slaStatus({ startedAt, slaMinutes: 240, respondedAt: null, now }, calendar) // { state: "running", remainingMinutes: 95, … }
 */
export function slaStatus(
  request: { startedAt: number; slaMinutes: number; respondedAt: number | null; now: number },
  calendar: WorkCalendar,
): SlaStatus {
  const dueAt = addBusinessMinutes(request.startedAt, request.slaMinutes, calendar);
  const at = request.respondedAt ?? request.now;
  const breached = at > dueAt;
  const state: SlaState = breached ? "breached" : request.respondedAt !== null ? "answered" : "running";
  const remainingMinutes = state === "running" ? Math.ceil(businessMinutesBetween(at, dueAt, calendar)) : 0;
  const overdueMinutes = breached ? Math.floor(businessMinutesBetween(dueAt, at, calendar)) : 0;
  return { dueAt, state, breached, remainingMinutes, overdueMinutes };
}

import type { VipProgram } from "../../../contracts/program.ts";
import type { requests } from "../../../db/schema.ts";
import { slaStatus } from "../../../domain/sla.ts";
import { workCalendar } from "../../../domain/work-calendar.ts";

/** A timed request as the widget and the desk show it: its clock and where it stands now. */
export function requestStatus(
  row: typeof requests.$inferSelect,
  program: VipProgram,
  timeZone: string,
  now: number,
) {
  const status = slaStatus(
    { startedAt: row.startedAt, slaMinutes: row.slaMinutes, respondedAt: row.respondedAt, now },
    workCalendar(program.calendar, timeZone),
  );
  return {
    requestId: row.id,
    source: row.source,
    clientId: row.clientId,
    tierKey: row.tierKey,
    slaMinutes: row.slaMinutes,
    startedAt: row.startedAt,
    respondedAt: row.respondedAt,
    ...status,
  };
}

/** One timed request with its status. */
export type RequestStatus = ReturnType<typeof requestStatus>;

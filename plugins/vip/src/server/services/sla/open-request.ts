import type { WriteScope } from "@quartet/core";
import { eq } from "drizzle-orm";
import type { VipProgram } from "../../../contracts/program.ts";
import type { RequestSourceKind } from "../../../db/requests.ts";
import { requests, standings } from "../../../db/schema.ts";
import { addBusinessMinutes } from "../../../domain/business-hours.ts";
import { slaMinutesFor } from "../../../domain/tiers.ts";
import { workCalendar } from "../../../domain/work-calendar.ts";
import type { OrgInfo } from "../../context.ts";

/** A request to time: a core task or handoff, or an inbox request, of a client, and when it arrived. */
export type RequestSource = { id: string; source: RequestSourceKind; clientId: string; startedAt: number };

/**
 * Starts the first-response clock of a request when its client is in a tier with an SLA: due when
 * the tier's business hours run out in the program's calendar. A request already timed, or of a
 * client outside every tier, is left alone. Returns true when a clock started.
 */
export async function openRequest(
  scope: WriteScope,
  org: OrgInfo,
  program: VipProgram,
  request: RequestSource,
  now: number,
): Promise<boolean> {
  const [standing] = await scope.tx
    .select({ tierKey: standings.tierKey })
    .from(standings)
    .where(eq(standings.clientId, request.clientId));
  const tierKey = standing?.tierKey ?? null;
  const slaMinutes = slaMinutesFor(program, tierKey);
  if (tierKey === null || slaMinutes === null) return false;
  const calendar = workCalendar(program.calendar, org.timeZone);
  const inserted = await scope.tx
    .insert(requests)
    .values({
      ...request,
      tierKey,
      slaMinutes,
      dueAt: addBusinessMinutes(request.startedAt, slaMinutes, calendar),
      respondedAt: null,
      breachedAt: null,
      escalatedAt: null,
      createdAt: now,
    })
    .onConflictDoNothing()
    .returning({ id: requests.id });
  return inserted.length === 1;
}

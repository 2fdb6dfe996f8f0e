import { and, gte, inArray, lt } from "drizzle-orm";
import { calls } from "../../../db/calling.ts";
import { requests } from "../../../db/requests.ts";
import { callerShiftStats } from "../../../domain/caller-stats.ts";
import { orgTimeZone, type ProspectingContext } from "../../context.ts";
import { rangeInstants } from "./date-range.ts";

/** Per caller and shift: dials, connects, connect rate, conversations, leads, leads per hour, talk time. */
export async function callerStats({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { from: string; to: string };
}) {
  const zone = await orgTimeZone(ctx);
  const { start, end } = rangeInstants(input, zone);
  const rows = await ctx.org.db
    .select({
      callerId: calls.callerId,
      startedAt: calls.startedAt,
      endedAt: calls.endedAt,
      disposition: calls.disposition,
      requestId: calls.requestId,
      talkSec: calls.talkSec,
    })
    .from(calls)
    .where(and(gte(calls.startedAt, start), lt(calls.startedAt, end)));
  const requestIds = rows.flatMap((r) => (r.requestId ? [r.requestId] : []));
  const qualified = new Set(
    requestIds.length === 0
      ? []
      : (
          await ctx.org.db
            .select({ id: requests.id, status: requests.status })
            .from(requests)
            .where(inArray(requests.id, requestIds))
        )
          .filter((r) => r.status === "qualified")
          .map((r) => r.id),
  );
  const names = new Map((await membersOf(ctx)).map((m) => [m.userId, m.name]));
  return callerShiftStats(
    rows.map((r) => ({ ...r, qualified: r.requestId !== null && qualified.has(r.requestId) })),
    zone,
  ).map((row) => ({ ...row, callerName: names.get(row.callerId) ?? row.callerId }));
}

async function membersOf(ctx: ProspectingContext) {
  return ctx.records.people.members();
}

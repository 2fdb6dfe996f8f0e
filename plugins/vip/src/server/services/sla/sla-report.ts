import { addDays } from "@quartet/core";
import { and, gte, lte } from "drizzle-orm";
import { z } from "zod";
import { businessDate } from "../../../contracts/fields.ts";
import { m } from "../../../contracts/messages.ts";
import { requests } from "../../../db/schema.ts";
import { wallClockInstant } from "../../../domain/work-calendar.ts";
import { orgInfo, type VipContext } from "../../context.ts";
import { loadProgram } from "../program/load-program.ts";
import { type RequestStatus, requestStatus } from "./request-status.ts";

/** The span of a report: requests that arrived from `from` to `to` inclusive (default the last 30 days). */
export const slaReportInput = z
  .object({ from: businessDate.optional(), to: businessDate.optional() })
  .refine((p) => !p.from || !p.to || p.from <= p.to, {
    message: m.notBeforeStart,
    path: ["to"],
  });

/** Requests counted: in time, late, still running; compliance as the share answered in time of those decided. */
function tally(items: readonly RequestStatus[]) {
  const breached = items.filter((i) => i.breached).length;
  const answered = items.filter((i) => i.state === "answered").length;
  const running = items.filter((i) => i.state === "running").length;
  const decided = answered + breached;
  return {
    total: items.length,
    answered,
    breached,
    running,
    compliance: decided ? answered / decided : null,
  };
}

/**
 * The SLA report: requests of VIP clients that arrived in the span, answered in time, breached
 * (late or still unanswered past due) and running, overall and per tier, with the breached ones
 * listed newest first. Compliance is null when nothing was decided yet.
 */
export async function slaReport({ ctx, input }: { ctx: VipContext; input: z.infer<typeof slaReportInput> }) {
  const org = await orgInfo(ctx);
  const program = await loadProgram(ctx.org.db);
  const to = input.to ?? org.today;
  const from = input.from ?? addDays(to, -29);
  const start = wallClockInstant(from, "00:00", org.timeZone);
  const end = wallClockInstant(to, "24:00", org.timeZone);
  const rows = await ctx.org.db
    .select()
    .from(requests)
    .where(and(gte(requests.startedAt, start), lte(requests.startedAt, end - 1)));
  const visible = new Set(
    rows.length
      ? (await ctx.records.clients.summaries({ ids: [...new Set(rows.map((r) => r.clientId))] })).map(
          (c) => c.id,
        )
      : [],
  );
  const now = ctx.clock.now();
  const items = rows
    .filter((r) => visible.has(r.clientId))
    .map((r) => requestStatus(r, program, org.timeZone, now));
  const tiers = [...new Set(items.map((i) => i.tierKey))];
  return {
    from,
    to,
    ...tally(items),
    byTier: tiers.map((tierKey) => ({ tierKey, ...tally(items.filter((i) => i.tierKey === tierKey)) })),
    breachedItems: items.filter((i) => i.breached).sort((a, b) => b.startedAt - a.startedAt),
  };
}

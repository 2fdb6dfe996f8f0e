import { and, inArray, isNotNull, isNull } from "drizzle-orm";
import { z } from "zod";
import { requests, standings } from "../../../db/schema.ts";
import { tierIndex } from "../../../domain/tiers.ts";
import { orgInfo, type VipContext } from "../../context.ts";
import { loadProgram } from "../program/load-program.ts";
import { type RequestStatus, requestStatus } from "../sla/request-status.ts";
import { standingView } from "./standing-view.ts";

/** Filters of the key-account desk. */
export const listClientsInput = z.object({
  tierKey: z.string().min(1).optional(),
  managerId: z.string().min(1).optional(),
  sla: z.enum(["breached", "running", "ok"]).optional(),
  trend: z.enum(["up", "down", "flat"]).optional(),
  inGrace: z.boolean().optional(),
  reviewDue: z.boolean().optional(),
});

/** Where a client's open requests stand: any breached, any running, or none waiting. */
function slaOf(open: readonly RequestStatus[]) {
  const state = open.some((r) => r.breached) ? "breached" : open.length > 0 ? "running" : "ok";
  const due = open.filter((r) => !r.breached).map((r) => r.dueAt);
  return { state, open: open.length, nextDueAt: due.length ? Math.min(...due) : null } as const;
}

/**
 * The key-account desk: the VIP clients the caller sees, highest tier first, with manager, grace
 * warning, revenue trend, next review and the state of their open requests' SLA; filtered by tier,
 * manager, SLA state, trend, grace and due reviews. Two reads of VIP's tables and one of core's.
 */
export async function listClients({
  ctx,
  input,
}: {
  ctx: VipContext;
  input: z.infer<typeof listClientsInput>;
}) {
  const org = await orgInfo(ctx);
  const program = await loadProgram(ctx.org.db);
  const rows = await ctx.org.db.select().from(standings).where(isNotNull(standings.tierKey));
  const ids = rows.map((r) => r.clientId);
  const clients = new Map(
    (ids.length ? await ctx.records.clients.summaries({ ids }) : []).map((c) => [c.id, c]),
  );
  const open = ids.length
    ? await ctx.org.db
        .select()
        .from(requests)
        .where(and(isNull(requests.respondedAt), inArray(requests.clientId, ids)))
    : [];
  const now = ctx.clock.now();
  const statuses = open.map((r) => requestStatus(r, program, org.timeZone, now));
  const items = rows.flatMap((row) => {
    const client = clients.get(row.clientId);
    if (!client) return [];
    const view = standingView(row, program, org);
    const sla = slaOf(statuses.filter((s) => s.clientId === row.clientId));
    return [{ ...view, name: client.name, managerId: client.owners.vip, sla }];
  });
  const wanted = items.filter(
    (i) =>
      (input.tierKey === undefined || i.tier?.key === input.tierKey) &&
      (input.managerId === undefined || i.managerId === input.managerId) &&
      (input.sla === undefined || i.sla.state === input.sla) &&
      (input.trend === undefined || i.revenueTrend === input.trend) &&
      (input.inGrace === undefined || (i.grace !== null) === input.inGrace) &&
      (input.reviewDue === undefined || i.reviewDue === input.reviewDue),
  );
  const rank = (key: string | undefined) => tierIndex(program, key ?? null);
  wanted.sort((a, b) => rank(b.tier?.key) - rank(a.tier?.key) || a.name.localeCompare(b.name, org.locale));
  return { items: wanted, total: wanted.length };
}

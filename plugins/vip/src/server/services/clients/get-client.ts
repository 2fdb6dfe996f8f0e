import { DomainError } from "@quartet/core";
import { desc, eq } from "drizzle-orm";
import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { designations, overrides, requests, standings } from "../../../db/schema.ts";
import { slaMinutesFor } from "../../../domain/tiers.ts";
import { orgInfo, type VipContext } from "../../context.ts";
import { loadProgram } from "../program/load-program.ts";
import { requestStatus } from "../sla/request-status.ts";
import { standingView } from "./standing-view.ts";

/** Which client's VIP card to show. */
export const getClientInput = z.object({ clientId: z.string().min(1, m.chooseClient) });

/**
 * A client's VIP card for the widget on its page: its tier and why (reasons with their numbers,
 * worded), its privileges, the grace period, any override or designation, the review schedule, and the SLA
 * clock of its last requests. NOT_FOUND for a client the caller does not see; `standing` is null
 * for a client the program has never judged.
 */
export async function getClient({ ctx, input }: { ctx: VipContext; input: z.infer<typeof getClientInput> }) {
  const client = await ctx.records.clients.get(input.clientId);
  if (!client) throw new DomainError("NOT_FOUND", m.noSuchClient, { fields: { clientId: m.noSuchClient } });
  const org = await orgInfo(ctx);
  const program = await loadProgram(ctx.org.db);
  const db = ctx.org.db;
  const [row] = await db.select().from(standings).where(eq(standings.clientId, client.id));
  const [override] = await db.select().from(overrides).where(eq(overrides.clientId, client.id));
  const [designation] = await db.select().from(designations).where(eq(designations.clientId, client.id));
  const recent = await db
    .select()
    .from(requests)
    .where(eq(requests.clientId, client.id))
    .orderBy(desc(requests.startedAt))
    .limit(20);
  const now = ctx.clock.now();
  return {
    clientId: client.id,
    name: client.name,
    managerId: client.owners.vip,
    standing: row ? standingView(row, program, org) : null,
    override: override
      ? { mode: override.mode, tierKey: override.tierKey, reason: override.reason, until: override.until }
      : null,
    designation: designation
      ? { tierKey: designation.tierKey, reason: designation.reason, until: designation.until }
      : null,
    sla: {
      slaMinutes: slaMinutesFor(program, row?.tierKey ?? null),
      requests: recent.map((r) => requestStatus(r, program, org.timeZone, now)),
    },
  };
}

import { and, eq, isNotNull, type SQL } from "drizzle-orm";
import { requests } from "../../../db/requests.ts";
import type { ProspectingContext } from "../../context.ts";

/**
 * The clients among the requests matching `where` whose core tier is "vip" — their requests go
 * first in the untriaged inbox. Read through core's client summaries, so prospecting needs no VIP.
 */
export async function priorityClients(ctx: ProspectingContext, where: SQL[]): Promise<string[]> {
  const linked = await ctx.org.db
    .selectDistinct({ clientId: requests.clientId })
    .from(requests)
    .where(and(...where, isNotNull(requests.clientId)));
  const ids = linked.flatMap((r) => (r.clientId ? [r.clientId] : []));
  if (ids.length === 0) return [];
  const clients = await ctx.records.clients.summaries({ ids });
  return clients.filter((c) => c.tier === "vip").map((c) => c.id);
}

/** Whether the request `id` belongs to one of `clientIds` (the cursor's side of the priority split). */
export async function requestOfClients(ctx: ProspectingContext, id: string, clientIds: string[]) {
  const [row] = await ctx.org.db
    .select({ clientId: requests.clientId })
    .from(requests)
    .where(eq(requests.id, id));
  return row?.clientId != null && clientIds.includes(row.clientId);
}

import type { FarmingContext } from "../../context.ts";

/** Names a screen of deals shows: clients by id, members (farmers, history authors) by user id. */
export type DealNames = { clients: Map<string, string>; members: Map<string, string> };

/**
 * The names of the deals' clients (one read; a client merged since is looked up by itself) and of
 * the organisation's members.
 */
export async function dealNames(
  ctx: FarmingContext,
  rows: readonly { clientId: string }[],
): Promise<DealNames> {
  const ids = [...new Set(rows.map((r) => r.clientId))];
  const [summaries, members] = await Promise.all([
    ids.length ? ctx.records.clients.summaries({ ids }) : [],
    ctx.records.people.members(),
  ]);
  const clients = new Map(summaries.map((c) => [c.id, c.name]));
  for (const id of ids.filter((id) => !clients.has(id))) {
    const client = await ctx.records.clients.get(id);
    if (client) clients.set(id, client.name);
  }
  return { clients, members: new Map(members.map((m) => [m.userId, m.name])) };
}

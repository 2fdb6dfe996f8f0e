import type { ClientSummary } from "@quartet/core";
import { accounts } from "../../../db/schema.ts";
import type { WhitespaceClient } from "../../../domain/whitespace.ts";
import type { FarmingContext } from "../../context.ts";
import { servedClients } from "../recompute/served-clients.ts";

/** A served client's basket for whitespace, with its summary. */
export type PeerBasket = WhitespaceClient & { client: ClientSummary; revenue12mMinor: number };

/**
 * Every served client's basket (the categories bought within the whitespace window, as of its last
 * recompute) and its industry as its peer group: one read of accounts, one of clients. `ctx`
 * decides which clients are read: the caller's view for the screens.
 */
export async function peerBaskets(ctx: FarmingContext): Promise<PeerBasket[]> {
  const rows = await ctx.org.db
    .select({
      clientId: accounts.clientId,
      basket: accounts.basket,
      revenue12mMinor: accounts.revenue12mMinor,
    })
    .from(accounts);
  const byId = new Map(rows.map((r) => [r.clientId, r]));
  const clients = await servedClients(ctx, "all");
  return clients.flatMap((client) => {
    const row = byId.get(client.id);
    if (!row) return [];
    const basket = { clientId: client.id, group: client.industry, categories: row.basket };
    return [{ ...basket, client, revenue12mMinor: row.revenue12mMinor }];
  });
}

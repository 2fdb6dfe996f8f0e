import type { ClientSummary } from "@quartet/core";
import type { FarmingRules } from "../../../contracts/rules.ts";
import { accounts } from "../../../db/schema.ts";
import { addMonths } from "../../../domain/dates.ts";
import type { WhitespaceClient } from "../../../domain/whitespace.ts";
import type { FarmingContext, OrgInfo } from "../../context.ts";
import { servedClients } from "../recompute/served-clients.ts";

/** A served client's basket for whitespace, with its summary. */
export type PeerBasket = WhitespaceClient & { client: ClientSummary; revenue12mMinor: number };

/**
 * Every served client's categories bought within the whitespace window (from the stored purchase
 * rhythm per category) and its industry as its peer group: one read of accounts, one of clients.
 * `ctx` decides which clients are read: the system's view for peers, the caller's for screens.
 */
export async function peerBaskets(
  ctx: FarmingContext,
  org: OrgInfo,
  rules: FarmingRules["whitespace"],
): Promise<PeerBasket[]> {
  const from = addMonths(org.today, -rules.windowMonths);
  const rows = await ctx.org.db
    .select({
      clientId: accounts.clientId,
      categoryPurchases: accounts.categoryPurchases,
      revenue12mMinor: accounts.revenue12mMinor,
    })
    .from(accounts);
  const byId = new Map(rows.map((r) => [r.clientId, r]));
  const clients = await servedClients(ctx, "all");
  return clients.flatMap((client) => {
    const row = byId.get(client.id);
    if (!row) return [];
    const categories = row.categoryPurchases.filter((c) => c.lastOn > from).map((c) => c.categoryId);
    return [
      {
        clientId: client.id,
        group: client.industry,
        categories,
        client,
        revenue12mMinor: row.revenue12mMinor,
      },
    ];
  });
}

import { eq } from "drizzle-orm";
import { offers } from "../../../db/schema.ts";
import { type Offer, whitespaceOffers } from "../../../domain/whitespace.ts";
import { type OrgInfo, orgInfo } from "../../context.ts";
import type { WithSystem } from "../recompute/system-view.ts";
import { loadRules } from "../rules/load-rules.ts";
import { peerBaskets } from "./peer-baskets.ts";

/** An offer as the interface shows it: the evidence numbers and the categories' names. */
export type OfferView = Offer & { categoryName: string; basedOnName: string };

/**
 * A client's whitespace offers among all its peers (the whole base, whatever the caller sees),
 * leaving out categories already decided (accepted or dismissed) — except `reconsider`, the one
 * being decided now.
 */
export async function clientOffers(
  ctx: WithSystem,
  clientId: string,
  reconsider?: string,
  known?: OrgInfo,
): Promise<OfferView[]> {
  const org = known ?? (await orgInfo(ctx));
  const rule = (await loadRules(ctx.org.db)).whitespace;
  const baskets = await peerBaskets(ctx.system, org, rule);
  const own = baskets.find((b) => b.clientId === clientId);
  if (!own) return [];
  const peers = own.group === null ? baskets : baskets.filter((b) => b.group === own.group);
  const decided = await ctx.org.db
    .select({ categoryId: offers.categoryId })
    .from(offers)
    .where(eq(offers.clientId, clientId));
  const dismissed = new Set(
    decided.filter((d) => d.categoryId !== reconsider).map((d) => `${clientId}|${d.categoryId}`),
  );
  const found = whitespaceOffers({ clients: peers, rule, dismissed }).get(clientId) ?? [];
  const names = new Map((await ctx.records.catalog.categories()).map((c) => [c.id, c.name]));
  return found.map((o) => ({
    ...o,
    categoryName: names.get(o.categoryId) ?? o.categoryId,
    basedOnName: names.get(o.basedOn) ?? o.basedOn,
  }));
}

import { eq } from "drizzle-orm";
import { accounts, offers } from "../../../db/schema.ts";
import type { Offer } from "../../../domain/whitespace.ts";
import type { FarmingContext } from "../../context.ts";
import { loadRules } from "../rules/load-rules.ts";

/** An offer as the interface shows it: the evidence numbers and the categories' names. */
export type OfferView = Offer & { categoryName: string; basedOnName: string };

/**
 * A client's whitespace offers as its last recompute found them among all its peers (one account
 * row, whatever the caller sees), leaving out categories already decided (accepted or dismissed) —
 * except `reconsider`, the one being decided now — at most the company's maximum.
 */
export async function clientOffers(
  ctx: FarmingContext,
  clientId: string,
  reconsider?: string,
): Promise<OfferView[]> {
  const db = ctx.org.db;
  const [row] = await db
    .select({ offers: accounts.offers })
    .from(accounts)
    .where(eq(accounts.clientId, clientId));
  if (!row || row.offers.length === 0) return [];
  const { maxOffers } = (await loadRules(db)).whitespace;
  const decided = await db
    .select({ categoryId: offers.categoryId })
    .from(offers)
    .where(eq(offers.clientId, clientId));
  const hidden = new Set(decided.map((d) => d.categoryId).filter((id) => id !== reconsider));
  const found = row.offers.filter((o) => !hidden.has(o.categoryId)).slice(0, maxOffers);
  if (found.length === 0) return [];
  const names = new Map((await ctx.records.catalog.categories()).map((c) => [c.id, c.name]));
  return found.map((o) => ({
    ...o,
    categoryName: names.get(o.categoryId) ?? o.categoryId,
    basedOnName: names.get(o.basedOn) ?? o.basedOn,
  }));
}

import type { ClientDealsReader } from "@quartet/core/plugin";
import { and, desc, eq } from "drizzle-orm";
import { deals } from "../db/schema.ts";
import { stageOf } from "../domain/deal-flow.ts";
import { loadRules } from "./services/rules/load-rules.ts";

/**
 * A client's open expansion deals for the incoming-call popup, newest first, through the deals'
 * client index; the stage is worded from the company's farming stages.
 */
export const farmingClientDeals: ClientDealsReader = async (ctx, { clientId }) => {
  const rows = await ctx.org.db
    .select({
      id: deals.id,
      title: deals.title,
      amountMinor: deals.amountMinor,
      currency: deals.currency,
      stageKey: deals.stageKey,
    })
    .from(deals)
    .where(and(eq(deals.clientId, clientId), eq(deals.status, "open")))
    .orderBy(desc(deals.updatedAt))
    .limit(20);
  if (rows.length === 0) return [];
  const { stages } = await loadRules(ctx.org.db);
  return rows.map(({ stageKey, ...deal }) => ({
    ...deal,
    stage: stageOf(stages, stageKey).name,
    href: `/farming/deals/${deal.id}`,
  }));
};

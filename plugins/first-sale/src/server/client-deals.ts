import type { ClientDealsReader } from "@quartet/core/plugin";
import { and, desc, eq } from "drizzle-orm";
import type { FirstSaleSettings } from "../contracts/settings.ts";
import { deals, stages } from "../db/schema.ts";

/**
 * A client's open deals for the incoming-call popup, newest first, through the deals' client
 * index; the stage is the company's own name for it, the same in both languages.
 */
export const firstSaleClientDeals: ClientDealsReader<FirstSaleSettings> = async (ctx, { clientId }) => {
  const rows = await ctx.org.db
    .select({
      id: deals.id,
      title: deals.title,
      amountMinor: deals.amountMinor,
      currency: deals.currency,
      stage: stages.name,
    })
    .from(deals)
    .innerJoin(stages, eq(stages.id, deals.stageId))
    .where(and(eq(deals.clientId, clientId), eq(deals.status, "open")))
    .orderBy(desc(deals.updatedAt))
    .limit(20);
  return rows.map(({ stage, ...deal }) => ({
    ...deal,
    stage: { en: stage, ru: stage },
    href: `/deals/${deal.id}`,
  }));
};

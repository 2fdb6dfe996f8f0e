import { type PipelineReader, type PlanContribution, pipelineTotals } from "@quartet/core/plugin";
import { and, eq, gte, lt } from "drizzle-orm";
import type { FirstSaleSettings } from "../contracts/settings.ts";
import { deals } from "../db/schema.ts";
import { orgInfo } from "./context.ts";
import { dealsWithStages } from "./services/stats/stats-rows.ts";

/**
 * First sale's monthly plan: `deals-won` — deals won in the period (by `won_at`, still won), and
 * `revenue` — their amount in the organisation's currency (deals in another currency are left out).
 */
export const firstSalePlan: PlanContribution<FirstSaleSettings> = {
  metrics: [
    { key: "deals-won", label: { en: "Deals won", ru: "Выиграно сделок" }, unit: "count" },
    { key: "revenue", label: { en: "First-sale revenue", ru: "Выручка первых продаж" }, unit: "money" },
  ],
  async actual(ctx, period) {
    const { currency } = await orgInfo(ctx);
    const won = await ctx.org.db
      .select({ amountMinor: deals.amountMinor, currency: deals.currency })
      .from(deals)
      .where(and(eq(deals.status, "won"), gte(deals.wonAt, period.from), lt(deals.wonAt, period.to)));
    const revenue = won.filter((d) => d.currency === currency).reduce((s, d) => s + d.amountMinor, 0);
    return { "deals-won": won.length, revenue };
  },
};

/** First sale's open deals in every pipeline, each weighted by its stage's probability; the board is `/deals`. */
export const firstSalePipeline: PipelineReader<FirstSaleSettings> = async (ctx) => {
  const { currency } = await orgInfo(ctx);
  const open = await dealsWithStages({ org: ctx.org }, { status: "open" });
  return pipelineTotals(open, currency, "/deals");
};

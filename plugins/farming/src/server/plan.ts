import { addDays, orgInfo } from "@quartet/core";
import { type PipelineReader, type PlanContribution, paidWithin, pipelineTotals } from "@quartet/core/plugin";
import { and, eq, gte, lt } from "drizzle-orm";
import { accounts, deals } from "../db/schema.ts";
import { stageOf } from "../domain/deal-flow.ts";
import { loadRules } from "./services/rules/load-rules.ts";

/**
 * Farming's monthly plan: `revenue` — money received in the period from the clients farming
 * serves (its portfolio, `farming_accounts`), except payments of first sale's invoices (that money
 * is the first sale's; orders of the last year are read to tell), and `expansion-won` — expansion deals won in the
 * period (by `won_at`, still won).
 */
export const farmingPlan: PlanContribution = {
  metrics: [
    {
      key: "revenue",
      label: { en: "Revenue from existing clients", ru: "Выручка с текущих клиентов" },
      unit: "money",
    },
    {
      key: "expansion-won",
      label: { en: "Expansion deals won", ru: "Выиграно сделок развития" },
      unit: "count",
    },
  ],
  async actual(ctx, period) {
    const db = ctx.org.db;
    const { currency } = await orgInfo(ctx);
    const portfolio = await db.select({ clientId: accounts.clientId }).from(accounts);
    const [payments, orders] = await Promise.all([
      ctx.records.orders.payments({ since: period.firstDay }),
      ctx.records.orders.facts({ since: addDays(period.firstDay, -366) }),
    ]);
    const firstSales = new Set(orders.filter((o) => o.function === "first-sale").map((o) => o.orderId));
    const won = await db
      .select({ id: deals.id })
      .from(deals)
      .where(and(eq(deals.status, "won"), gte(deals.wonAt, period.from), lt(deals.wonAt, period.to)));
    const clients = new Set(portfolio.map((a) => a.clientId));
    const repeat = payments.filter((p) => !firstSales.has(p.orderId));
    return { revenue: paidWithin(repeat, period, currency, clients), "expansion-won": won.length };
  },
};

/** Farming's open expansion deals, each weighted by its stage's probability in the company's rules; the board is `/farming/deals`. */
export const farmingPipeline: PipelineReader = async (ctx) => {
  const [{ currency }, rules] = await Promise.all([orgInfo(ctx), loadRules(ctx.org.db)]);
  const open = await ctx.org.db
    .select({ amountMinor: deals.amountMinor, currency: deals.currency, stageKey: deals.stageKey })
    .from(deals)
    .where(eq(deals.status, "open"));
  const priced = open.map((d) => ({ ...d, probability: stageOf(rules.stages, d.stageKey).probability }));
  return pipelineTotals(priced, currency, "/farming/deals");
};

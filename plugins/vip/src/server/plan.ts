import { type PlanContribution, paidWithin } from "@quartet/core/plugin";
import { isNotNull } from "drizzle-orm";
import { standings } from "../db/schema.ts";
import { orgInfo } from "./context.ts";

/**
 * VIP's monthly plan: `revenue` — money received in the period, in the organisation's currency,
 * from the clients that hold a VIP tier now (`vip_standings.tier_key`).
 */
export const vipPlan: PlanContribution = {
  metrics: [
    {
      key: "revenue",
      label: { en: "Revenue from VIP clients", ru: "Выручка с VIP-клиентов" },
      unit: "money",
    },
  ],
  async actual(ctx, period) {
    const { currency } = await orgInfo(ctx);
    const vip = await ctx.org.db
      .select({ clientId: standings.clientId })
      .from(standings)
      .where(isNotNull(standings.tierKey));
    const payments = await ctx.records.orders.payments({ since: period.firstDay });
    return { revenue: paidWithin(payments, period, currency, new Set(vip.map((v) => v.clientId))) };
  },
};

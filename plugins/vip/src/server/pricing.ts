import type { PriceAdjuster } from "@quartet/core/plugin";
import { eq } from "drizzle-orm";
import { standings } from "../db/schema.ts";
import { tierByKey } from "../domain/tiers.ts";
import { loadProgram } from "./services/program/load-program.ts";

/**
 * VIP's price adjuster: a new order of a client in a tier gets the tier's discount on every line,
 * with `{ code: "vip.tier-discount", params: { tierKey, tierNameRu, tierNameEn, discountPercent } }`
 * as the line's reason (the names so core's order views can word it without asking VIP),
 * and the tier's deferred payment as the order's payment terms. Clients outside every tier, and
 * tiers without a discount or deferral, change nothing.
 */
export const vipPricing: PriceAdjuster = async (ctx, input) => {
  const [standing] = await ctx.scope.tx
    .select({ tierKey: standings.tierKey })
    .from(standings)
    .where(eq(standings.clientId, input.clientId));
  const tier = tierByKey(await loadProgram(ctx.scope.tx), standing?.tierKey ?? null);
  if (!tier) return { lines: [] };
  const { discountPercent, deferredPaymentDays } = tier.privileges;
  const reason = {
    code: "vip.tier-discount",
    params: { tierKey: tier.key, tierNameRu: tier.name.ru, tierNameEn: tier.name.en, discountPercent },
  };
  return {
    lines: input.lines.map(() => (discountPercent > 0 ? { discountPercent, reason } : null)),
    paymentTermsDays: deferredPaymentDays > 0 ? deferredPaymentDays : null,
  };
};

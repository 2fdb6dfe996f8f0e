import { asc, eq, sql } from "drizzle-orm";
import { dealHistory } from "../../../db/schema.ts";
import type { FarmingContext } from "../../context.ts";
import { loadRules } from "../rules/load-rules.ts";
import { dealNames } from "./deal-names.ts";
import { dealView } from "./deal-view.ts";
import { requireDeal } from "./load-deal.ts";

/**
 * A deal's page: the deal, every stage it entered (with who moved it), and the company's stages.
 * The invoice is core's order (`deal.orderId`: the admin app reads it with `core.orders.get`).
 */
export async function getDeal({ ctx, input }: { ctx: FarmingContext; input: { dealId: string } }) {
  const db = ctx.org.db;
  const deal = await requireDeal(ctx, db, input.dealId);
  const [rules, names, history] = await Promise.all([
    loadRules(db),
    dealNames(ctx, [deal]),
    db
      .select()
      .from(dealHistory)
      .where(eq(dealHistory.dealId, deal.id))
      .orderBy(asc(dealHistory.at), sql`rowid`),
  ]);
  return {
    deal: dealView(deal, rules.stages, names),
    history: history.map(({ dealId: _, ...step }) => ({
      ...step,
      actorName: names.members.get(step.actorId) ?? null,
    })),
    stages: rules.stages,
  };
}

import { eq } from "drizzle-orm";
import type { z } from "zod";
import { deals } from "../../../db/schema.ts";
import { searchText } from "../../../domain/search-text.ts";
import type { FarmingContext } from "../../context.ts";
import { loadRules } from "../rules/load-rules.ts";
import type { updateDealInput } from "./deal-input.ts";
import { requireCategory, requireFarmer } from "./deal-references.ts";
import { viewDeal } from "./deal-view.ts";
import { dealGoingTo } from "./load-deal.ts";

/**
 * Changes an open deal's own fields — title, kind, category, amount, close date, note, farmer —
 * audited with the values before; a won or lost deal keeps them (`CONFLICT`).
 */
export async function updateDeal({
  ctx,
  input,
}: {
  ctx: FarmingContext;
  input: z.output<typeof updateDealInput>;
}) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const deal = await dealGoingTo(ctx, scope.tx, input.dealId, "stage");
    if (input.categoryId) await requireCategory(ctx, input.categoryId);
    if (input.farmerId) await requireFarmer(ctx, input.farmerId);
    const { dealId: _, ...fields } = input;
    const change = Object.fromEntries(
      Object.entries(fields).filter(([, value]) => value !== undefined),
    ) as Partial<typeof deals.$inferInsert>;
    const now = ctx.clock.now();
    await scope.tx
      .update(deals)
      .set({ ...change, ...(change.title && { titleSearch: searchText(change.title) }), updatedAt: now })
      .where(eq(deals.id, deal.id));
    const before = Object.fromEntries(
      Object.keys(change).map((key) => [key, deal[key as keyof typeof deal]]),
    );
    await scope.audit({
      action: "farming.deal.update",
      entity: "deal",
      entityId: deal.id,
      before,
      after: change,
    });
    const after = { ...deal, ...change, updatedAt: now };
    return viewDeal(ctx, after, (await loadRules(scope.tx)).stages);
  });
}

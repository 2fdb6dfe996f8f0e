import { eq } from "drizzle-orm";
import type { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { deals } from "../../../db/schema.ts";
import { assertOpen } from "../../../domain/deal-transitions.ts";
import { type FirstSaleContext, recordsOf } from "../../context.ts";
import { requireStage } from "../pipelines/load-pipeline.ts";
import type { updateDealInput } from "./deal-input.ts";
import { dealOf } from "./deal-view.ts";
import { linesOf, requireDeal } from "./load-deal.ts";
import { requireMember } from "./people.ts";

/**
 * Changes an open deal's own fields: title, contact, hunter (a member), estimate (its amount
 * while it has no lines), expected close date, source.
 */
export async function updateDeal({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: z.output<typeof updateDealInput>;
}) {
  if (input.hunterId) await requireMember(recordsOf(ctx), input.hunterId);
  return ctx.org.write(ctx.actor, async (scope) => {
    const deal = await requireDeal(scope.tx, ctx.actor, input.dealId);
    assertOpen(deal.status, m.whatChanging);
    const now = ctx.clock.now();
    const hasLines = (await linesOf(scope.tx, deal.id)).length > 0;
    const change: Partial<typeof deals.$inferInsert> = {
      ...(input.title !== undefined && { title: input.title }),
      ...(input.contactId !== undefined && { contactId: input.contactId }),
      ...(input.hunterId !== undefined && { hunterId: input.hunterId }),
      ...(input.expectedCloseOn !== undefined && { expectedCloseOn: input.expectedCloseOn }),
      ...(input.source !== undefined && { source: input.source }),
      ...(input.estimate && { estimateMinor: input.estimate.amountMinor }),
      ...(input.estimate && !hasLines && { amountMinor: input.estimate.amountMinor }),
    };
    await scope.tx
      .update(deals)
      .set({ ...change, updatedAt: now })
      .where(eq(deals.id, deal.id));
    await scope.audit({
      action: "first-sale.deal.update",
      entity: "deal",
      entityId: deal.id,
      before: deal,
      after: change,
    });
    const after = { ...deal, ...change, updatedAt: now } as typeof deal;
    return dealOf(after, await requireStage(scope.tx, deal.stageId), now);
  });
}

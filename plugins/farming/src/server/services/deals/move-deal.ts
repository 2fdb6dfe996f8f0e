import { eq } from "drizzle-orm";
import { deals } from "../../../db/schema.ts";
import { requireStage } from "../../../domain/deal-flow.ts";
import { type FarmingContext, orgInfo } from "../../context.ts";
import { loadRules } from "../rules/load-rules.ts";
import { dealTexts } from "./deal-texts.ts";
import { viewDeal } from "./deal-view.ts";
import { dealGoingTo } from "./load-deal.ts";
import { recordStep } from "./record-step.ts";
import { addDealEntry } from "./timeline-entry.ts";

/**
 * Moves an open deal to another of the company's stages (`BAD_INPUT` naming `stageKey` for one it
 * does not have), with a history row, a timeline entry and the audit record; to its own stage it
 * changes nothing. Won and lost are not stages: a deal is won by its paid order, lost with a reason.
 */
export async function moveDeal({
  ctx,
  input,
}: {
  ctx: FarmingContext;
  input: { dealId: string; stageKey: string };
}) {
  const org = await orgInfo(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    const deal = await dealGoingTo(ctx, scope.tx, input.dealId, "stage");
    const stages = (await loadRules(scope.tx)).stages;
    const target = requireStage(stages, input.stageKey);
    if (target.key === deal.stageKey) return viewDeal(ctx, deal, stages);
    const now = ctx.clock.now();
    const moved = { stageKey: target.key, stageEnteredAt: now, updatedAt: now };
    await scope.tx.update(deals).set(moved).where(eq(deals.id, deal.id));
    await recordStep(scope, {
      dealId: deal.id,
      from: deal.stageKey,
      to: target.key,
      by: ctx.actor.id,
      at: now,
    });
    await addDealEntry(ctx, scope, {
      clientId: deal.clientId,
      text: dealTexts.moved(deal.title, target.name[org.locale]),
      locale: org.locale,
      code: "farming.deal.moved",
      params: { dealId: deal.id, title: deal.title, from: deal.stageKey, to: target.key },
    });
    await scope.audit({
      action: "farming.deal.move",
      entity: "deal",
      entityId: deal.id,
      before: { stageKey: deal.stageKey },
      after: { stageKey: target.key },
    });
    const after = { ...deal, ...moved };
    return viewDeal(ctx, after, stages);
  });
}

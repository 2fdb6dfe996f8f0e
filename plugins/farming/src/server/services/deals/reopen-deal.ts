import { eq } from "drizzle-orm";
import { deals } from "../../../db/schema.ts";
import { requireStage, stageOf } from "../../../domain/deal-flow.ts";
import { type FarmingContext, orgInfo } from "../../context.ts";
import { loadRules } from "../rules/load-rules.ts";
import { dealTexts } from "./deal-texts.ts";
import { viewDeal } from "./deal-view.ts";
import { dealGoingTo } from "./load-deal.ts";
import { recordStep } from "./record-step.ts";
import { addDealEntry } from "./timeline-entry.ts";

/**
 * Reopens a lost deal (a won one stays won: `CONFLICT`) into the given stage, else the stage it was
 * lost from (the first, if the company has removed it). The reason is cleared; history keeps it.
 */
export async function reopenDeal({
  ctx,
  input,
}: {
  ctx: FarmingContext;
  input: { dealId: string; stageKey?: string | undefined };
}) {
  const org = await orgInfo(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    const deal = await dealGoingTo(ctx, scope.tx, input.dealId, "open");
    const stages = (await loadRules(scope.tx)).stages;
    const target = input.stageKey ? requireStage(stages, input.stageKey) : stageOf(stages, deal.stageKey);
    const now = ctx.clock.now();
    const reopened = {
      status: "open" as const,
      stageKey: target.key,
      stageEnteredAt: now,
      lostReason: null,
      lostNote: null,
      lostAt: null,
      updatedAt: now,
    };
    await scope.tx.update(deals).set(reopened).where(eq(deals.id, deal.id));
    await recordStep(scope, { dealId: deal.id, from: "lost", to: target.key, by: ctx.actor.id, at: now });
    await addDealEntry(ctx, scope, {
      clientId: deal.clientId,
      text: dealTexts.reopened(deal.title, target.name[org.locale]),
      locale: org.locale,
      code: "farming.deal.reopened",
      params: { dealId: deal.id, title: deal.title, stageKey: target.key },
    });
    await scope.audit({
      action: "farming.deal.reopen",
      entity: "deal",
      entityId: deal.id,
      before: { status: deal.status, lostReason: deal.lostReason, lostNote: deal.lostNote },
      after: { status: "open", stageKey: target.key },
    });
    const after = { ...deal, ...reopened };
    return viewDeal(ctx, after, stages);
  });
}

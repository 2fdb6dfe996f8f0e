import { eq } from "drizzle-orm";
import { deals } from "../../../db/schema.ts";
import { type LostReason, lostNote } from "../../../domain/lost-reasons.ts";
import { type FarmingContext, orgInfo } from "../../context.ts";
import { loadRules } from "../rules/load-rules.ts";
import { dealTexts } from "./deal-texts.ts";
import { viewDeal } from "./deal-view.ts";
import { dealGoingTo } from "./load-deal.ts";
import { recordStep } from "./record-step.ts";
import { addDealEntry } from "./timeline-entry.ts";

/**
 * Loses an open deal with a reason (`other` needs a note: `BAD_INPUT` naming `note`): history row,
 * timeline entry, audit. It keeps its stage, where `deals.reopen` brings it back.
 */
export async function loseDeal({
  ctx,
  input,
}: {
  ctx: FarmingContext;
  input: { dealId: string; reason: LostReason; note?: string | null | undefined };
}) {
  const org = await orgInfo(ctx);
  const note = lostNote(input.reason, input.note);
  return ctx.org.write(ctx.actor, async (scope) => {
    const deal = await dealGoingTo(ctx, scope.tx, input.dealId, "lost");
    const now = ctx.clock.now();
    const lost = {
      status: "lost" as const,
      lostReason: input.reason,
      lostNote: note,
      lostAt: now,
      updatedAt: now,
    };
    await scope.tx.update(deals).set(lost).where(eq(deals.id, deal.id));
    await recordStep(scope, { dealId: deal.id, from: deal.stageKey, to: "lost", by: ctx.actor.id, at: now });
    await addDealEntry(ctx, scope, {
      clientId: deal.clientId,
      text: dealTexts.lost(deal.title, input.reason, note),
      locale: org.locale,
      code: "farming.deal.lost",
      params: { dealId: deal.id, title: deal.title, reason: input.reason, note },
    });
    await scope.audit({
      action: "farming.deal.lose",
      entity: "deal",
      entityId: deal.id,
      before: { status: deal.status, stageKey: deal.stageKey },
      after: { status: "lost", reason: input.reason, note },
    });
    const after = { ...deal, ...lost };
    return viewDeal(ctx, after, (await loadRules(scope.tx)).stages);
  });
}

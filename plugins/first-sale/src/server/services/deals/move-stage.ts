import type { z } from "zod";
import { dealTexts, entryText } from "../../../domain/deal-texts.ts";
import { planStageMove } from "../../../domain/deal-transitions.ts";
import { type FirstSaleContext, orgInfo, recordsOf } from "../../context.ts";
import { requireStage } from "../pipelines/load-pipeline.ts";
import type { moveStageInput } from "./deal-input.ts";
import { dealOf } from "./deal-view.ts";
import { enterStage } from "./enter-stage.ts";
import { requireDeal } from "./load-deal.ts";
import { loseDeal } from "./lose-deal.ts";
import { winDeal } from "./win-deal.ts";

/**
 * Moves a deal to a stage, with history. The won stage is refused unless the organisation's rule
 * is met; the lost stage needs a reason from the list (`reason`, and `note` where the reason asks).
 */
export async function moveStage({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: z.output<typeof moveStageInput>;
}) {
  const org = await orgInfo(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    const deal = await requireDeal(scope.tx, ctx.actor, input.dealId);
    const target = await requireStage(scope.tx, input.stageId);
    const facts = { ...deal, contractSigned: deal.contractSignedAt !== null };
    const policy = { rule: ctx.settings.wonWhen, lostReasons: ctx.settings.lostReasons };
    const plan = planStageMove(facts, target, policy, input);
    const now = ctx.clock.now();
    if (plan.kind === "move") {
      await enterStage(scope, {
        dealId: deal.id,
        from: deal.stageId,
        to: target.id,
        at: now,
        by: ctx.actor.id,
      });
      await recordsOf(ctx).timeline.add(scope, {
        clientId: deal.clientId,
        type: "system",
        function: "first-sale",
        ...entryText(org.locale, dealTexts.moved(deal.title, target.name), {
          event: "deal-stage",
          dealId: deal.id,
          from: deal.stageId,
          to: target.id,
        }),
      });
      await scope.audit({
        action: "first-sale.deal.move",
        entity: "deal",
        entityId: deal.id,
        before: { stageId: deal.stageId },
        after: { stageId: target.id },
      });
    }
    if (plan.kind === "win") await winDeal(ctx, scope, org, deal, plan.basis);
    if (plan.kind === "lose") await loseDeal(ctx, scope, org, deal, plan);
    const after = await requireDeal(scope.tx, ctx.actor, deal.id);
    return dealOf(after, await requireStage(scope.tx, after.stageId), now);
  });
}

import { DomainError } from "@quartet/core";
import { and, desc, eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { stageHistory } from "../../../db/schema.ts";
import { dealTexts, entryText } from "../../../domain/deal-texts.ts";
import { assertReopenable } from "../../../domain/deal-transitions.ts";
import { firstOpenStage } from "../../../domain/pipeline.ts";
import { type FirstSaleContext, orgInfo, recordsOf } from "../../context.ts";
import { stagesOf } from "../pipelines/load-pipeline.ts";
import { dealOf } from "./deal-view.ts";
import { enterStage } from "./enter-stage.ts";
import { requireDeal } from "./load-deal.ts";

/**
 * Reopens a lost deal (a won one stays won): back to the given working stage, else the stage it
 * was lost from, else the pipeline's first stage. The lost reason is cleared; history keeps it.
 */
export async function reopenDeal({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: { dealId: string; stageId?: string | undefined };
}) {
  const org = await orgInfo(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    const deal = await requireDeal(scope.tx, ctx.actor, input.dealId);
    assertReopenable(deal.status);
    const stages = await stagesOf(scope.tx, deal.pipelineId);
    const [lostMove] = await scope.tx
      .select({ from: stageHistory.fromStageId })
      .from(stageHistory)
      .where(and(eq(stageHistory.dealId, deal.id), eq(stageHistory.toStageId, deal.stageId)))
      .orderBy(desc(stageHistory.at))
      .limit(1);
    const wanted = input.stageId ?? lostMove?.from;
    const target =
      stages.find((s) => s.id === wanted && s.kind === "open") ??
      (input.stageId ? undefined : firstOpenStage(stages));
    if (!target) {
      throw new DomainError("BAD_INPUT", m.reopenWorking, {
        fields: { stageId: m.chooseDealWorkingStage },
      });
    }
    const now = ctx.clock.now();
    const move = { dealId: deal.id, from: deal.stageId, to: target.id, at: now, by: ctx.actor.id };
    await enterStage(scope, move, { status: "open", lostReason: null, lostNote: null, lostAt: null });
    await recordsOf(ctx).timeline.add(scope, {
      clientId: deal.clientId,
      type: "system",
      function: "first-sale",
      ...entryText(org.locale, dealTexts.reopened(deal.title, target.name), {
        event: "deal-reopened",
        dealId: deal.id,
      }),
    });
    await scope.audit({
      action: "first-sale.deal.reopen",
      entity: "deal",
      entityId: deal.id,
      before: { status: deal.status, lostReason: deal.lostReason },
      after: { status: "open", stageId: target.id },
    });
    return dealOf(
      {
        ...deal,
        status: "open",
        stageId: target.id,
        stageEnteredAt: now,
        lostReason: null,
        lostNote: null,
        lostAt: null,
      },
      target,
      now,
    );
  });
}

import { type CurrencyCode, money, type WriteScope } from "@quartet/core";
import { dealLost } from "../../../contracts/events.ts";
import type { LostReason } from "../../../contracts/lost-reasons.ts";
import { dealTexts, entryText } from "../../../domain/deal-texts.ts";
import { terminalStage } from "../../../domain/pipeline.ts";
import { type FirstSaleContext, type OrgInfo, recordsOf } from "../../context.ts";
import { stagesOf } from "../pipelines/load-pipeline.ts";
import { enterStage } from "./enter-stage.ts";
import type { DealRow } from "./load-deal.ts";

/** Loses a deal with a checked reason inside the caller's transaction: stage lost, timeline, `first-sale.deal.lost`. */
export async function loseDeal(
  ctx: FirstSaleContext,
  scope: WriteScope,
  org: OrgInfo,
  deal: DealRow,
  lost: { reason: LostReason; note: string | null },
): Promise<void> {
  const stage = terminalStage(await stagesOf(scope.tx, deal.pipelineId), "lost");
  const now = ctx.clock.now();
  const move = { dealId: deal.id, from: deal.stageId, to: stage.id, at: now, by: ctx.actor.id };
  await enterStage(scope, move, {
    status: "lost",
    lostReason: lost.reason.key,
    lostNote: lost.note,
    lostAt: now,
  });
  const amount = money(deal.amountMinor, deal.currency as CurrencyCode);
  await recordsOf(ctx).timeline.add(scope, {
    clientId: deal.clientId,
    type: "system",
    function: "first-sale",
    ...entryText(org.locale, dealTexts.lost(deal.title, lost.reason.label[org.locale], lost.note), {
      event: "deal-lost",
      dealId: deal.id,
      reason: lost.reason.key,
    }),
  });
  await scope.emit(dealLost, {
    dealId: deal.id,
    clientId: deal.clientId,
    hunterId: deal.hunterId,
    amount,
    lostAt: now,
    reason: lost.reason.key,
    note: lost.note,
    cycleLengthMs: Math.max(0, now - (deal.leadQualifiedAt ?? deal.createdAt)),
  });
  await scope.audit({
    action: "first-sale.deal.lose",
    entity: "deal",
    entityId: deal.id,
    before: { status: deal.status, stageId: deal.stageId },
    after: { status: "lost", stageId: stage.id, reason: lost.reason.key, note: lost.note },
  });
}

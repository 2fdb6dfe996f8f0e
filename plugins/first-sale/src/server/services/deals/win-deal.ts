import { type CurrencyCode, money, type WriteScope } from "@quartet/core";
import { dealWon, type WonBasis } from "../../../contracts/events.ts";
import { dealTexts, entryText } from "../../../domain/deal-texts.ts";
import { terminalStage } from "../../../domain/pipeline.ts";
import { type FirstSaleContext, type OrgInfo, recordsOf } from "../../context.ts";
import { stagesOf } from "../pipelines/load-pipeline.ts";
import { enterStage } from "./enter-stage.ts";
import { handOverToFarming } from "./hand-over.ts";
import type { DealRow } from "./load-deal.ts";

/**
 * Wins a deal whose rule is met, inside the caller's transaction: status and stage won, the client
 * made a `customer`, a timeline entry, `first-sale.deal.won`, and — with `handoffToFarming` — the
 * handover to farming. The caller has checked the rule.
 */
export async function winDeal(
  ctx: FirstSaleContext,
  scope: WriteScope,
  org: OrgInfo,
  deal: DealRow,
  basis: WonBasis,
): Promise<{ handoffId: string | null }> {
  const records = recordsOf(ctx);
  const won = terminalStage(await stagesOf(scope.tx, deal.pipelineId), "won");
  const now = ctx.clock.now();
  const move = { dealId: deal.id, from: deal.stageId, to: won.id, at: now, by: ctx.actor.id };
  await enterStage(scope, move, { status: "won", wonAt: now, wonBasis: basis });
  const amount = money(deal.amountMinor, deal.currency as CurrencyCode);
  await records.clients.moveStageIfForward(scope, deal.clientId, "customer", `Deal ${deal.title} won`, {
    reasonCode: "deal-won",
    reasonParams: { title: deal.title, dealId: deal.id },
  });
  await records.timeline.add(scope, {
    clientId: deal.clientId,
    type: "system",
    function: "first-sale",
    ...entryText(org.locale, dealTexts.won(org.locale, deal.title, amount, basis), {
      event: "deal-won",
      dealId: deal.id,
      amount,
      basis,
    }),
  });
  await scope.emit(dealWon, {
    dealId: deal.id,
    clientId: deal.clientId,
    hunterId: deal.hunterId,
    amount,
    wonAt: now,
    reason: basis,
    cycleLengthMs: Math.max(0, now - (deal.leadQualifiedAt ?? deal.createdAt)),
    orderId: deal.orderId,
    source: deal.source,
  });
  const handoffId = ctx.settings.handoffToFarming
    ? await handOverToFarming(ctx, scope, org, deal, amount)
    : null;
  await scope.audit({
    action: "first-sale.deal.win",
    entity: "deal",
    entityId: deal.id,
    before: { status: deal.status, stageId: deal.stageId },
    after: { status: "won", stageId: won.id, basis, handoffId },
  });
  return { handoffId };
}

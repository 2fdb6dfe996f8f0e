import { type CurrencyCode, money, type WriteScope } from "@quartet/core";
import { and, eq } from "drizzle-orm";
import { expansionDealWon } from "../../../contracts/events.ts";
import { deals } from "../../../db/schema.ts";
import type { FarmingContext, OrgInfo } from "../../context.ts";
import { dealTexts } from "./deal-texts.ts";
import type { DealRow } from "./load-deal.ts";
import { recordStep } from "./record-step.ts";
import { addDealEntry } from "./timeline-entry.ts";

/**
 * Wins an open deal by a paid order inside the caller's transaction: status won with the order
 * and the time, a history row, a timeline entry (`farming.deal.won`), `farming.deal.won` in the
 * outbox and the audit record. The update only takes an open deal, so a deal is won at most once
 * however often it is asked; returns whether this call won it.
 */
export async function winDeal(
  ctx: FarmingContext,
  scope: WriteScope,
  org: OrgInfo,
  deal: DealRow,
  order: { orderId: string; number: string },
): Promise<boolean> {
  const now = ctx.clock.now();
  const won = await scope.tx
    .update(deals)
    .set({ status: "won", wonOrderId: order.orderId, wonAt: now, updatedAt: now })
    .where(and(eq(deals.id, deal.id), eq(deals.status, "open")))
    .returning({ id: deals.id });
  if (won.length === 0) return false;
  const amount = money(deal.amountMinor, deal.currency as CurrencyCode);
  await recordStep(scope, { dealId: deal.id, from: deal.stageKey, to: "won", by: ctx.actor.id, at: now });
  await addDealEntry(ctx, scope, {
    clientId: deal.clientId,
    text: dealTexts.won(org.locale, deal.title, amount, order.number),
    locale: org.locale,
    code: "farming.deal.won",
    params: {
      dealId: deal.id,
      title: deal.title,
      amountMinor: amount.amountMinor,
      currency: amount.currency,
      orderId: order.orderId,
      orderNumber: order.number,
    },
  });
  await scope.emit(expansionDealWon, {
    dealId: deal.id,
    clientId: deal.clientId,
    farmerId: deal.farmerId,
    kind: deal.kind,
    categoryId: deal.categoryId,
    amount,
    orderId: order.orderId,
    wonAt: now,
  });
  await scope.audit({
    action: "farming.deal.win",
    entity: "deal",
    entityId: deal.id,
    before: { status: deal.status, stageKey: deal.stageKey },
    after: { status: "won", wonOrderId: order.orderId, wonAt: now },
  });
  return true;
}

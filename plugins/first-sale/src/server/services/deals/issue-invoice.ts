import { type CurrencyCode, DomainError, money } from "@quartet/core";
import { eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { deals } from "../../../db/schema.ts";
import { type FirstSaleContext, recordsOf } from "../../context.ts";
import { linesOf, requireDeal } from "./load-deal.ts";

/**
 * Issues the deal's invoice: records core's order from the deal's lines with `sourceRef` = the
 * deal id and `function: "first-sale"`, so the payments recorded against it (`core.orders.payments.record`)
 * come back as `core.payment.received` and win the deal by the organisation's rule. One invoice
 * per deal (`CONFLICT` for a second); a lost deal is not invoiced; a deal without lines cannot be.
 */
export async function issueInvoice({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: { dealId: string; orderedOn?: string | undefined; note?: string | null | undefined };
}) {
  const records = recordsOf(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    const deal = await requireDeal(scope.tx, ctx.actor, input.dealId);
    if (deal.status === "lost") throw new DomainError("CONFLICT", m.lostBeforeInvoice);
    if (deal.orderId)
      throw new DomainError("CONFLICT", m.invoicedAlready, { params: { number: deal.orderNumber ?? "" } });
    const lines = await linesOf(scope.tx, deal.id);
    if (lines.length === 0) {
      throw new DomainError("BAD_INPUT", m.linesBeforeInvoice, {
        fields: { lines: m.oneLine },
      });
    }
    const currency = deal.currency as CurrencyCode;
    const order = await records.orders.record(scope, {
      clientId: deal.clientId,
      currency,
      lines: lines.map((l) => ({
        productId: l.productId,
        name: l.name,
        quantity: l.quantity,
        price: money(l.priceMinor, currency),
        discountPercent: l.discountPercent,
      })),
      function: "first-sale",
      sourceRef: deal.id,
      ...(input.orderedOn && { orderedOn: input.orderedOn }),
      note: input.note ?? null,
    });
    const now = ctx.clock.now();
    await scope.tx
      .update(deals)
      .set({ orderId: order.id, orderNumber: order.number, updatedAt: now })
      .where(eq(deals.id, deal.id));
    await scope.audit({
      action: "first-sale.deal.invoice",
      entity: "deal",
      entityId: deal.id,
      after: { orderId: order.id, number: order.number, total: order.total },
    });
    return { orderId: order.id, number: order.number, total: order.total };
  });
}

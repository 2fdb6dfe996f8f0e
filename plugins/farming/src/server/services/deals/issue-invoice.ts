import { type CurrencyCode, DomainError } from "@quartet/core";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { deals } from "../../../db/schema.ts";
import type { FarmingContext } from "../../context.ts";
import type { issueInvoiceInput } from "./deal-input.ts";
import { dealGoingTo } from "./load-deal.ts";

/**
 * Issues an open deal's invoice: core's order from the given lines, in the deal's currency, with
 * `sourceRef` = the deal id and `function: "farming"`, so its payment in full wins the deal. The
 * deal is then worth the invoice's total. One invoice per deal (`CONFLICT` for a second); bad
 * lines are core's `BAD_INPUT` naming `lines.<i>.<field>`.
 */
export async function issueInvoice({
  ctx,
  input,
}: {
  ctx: FarmingContext;
  input: z.output<typeof issueInvoiceInput>;
}) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const deal = await dealGoingTo(ctx, scope.tx, input.dealId, "stage");
    if (deal.orderId) {
      throw new DomainError("CONFLICT", m.invoicedAlready, { params: { number: deal.orderNumber ?? "" } });
    }
    const order = await ctx.records.orders.record(scope, {
      clientId: deal.clientId,
      currency: deal.currency,
      lines: input.lines.map((line) => ({
        ...line,
        price: line.price && { amountMinor: line.price.amountMinor, currency: deal.currency as CurrencyCode },
      })),
      function: "farming",
      sourceRef: deal.id,
    });
    const now = ctx.clock.now();
    const invoiced = {
      orderId: order.id,
      orderNumber: order.number,
      amountMinor: order.total.amountMinor,
      updatedAt: now,
    };
    await scope.tx.update(deals).set(invoiced).where(eq(deals.id, deal.id));
    await scope.audit({
      action: "farming.deal.invoice",
      entity: "deal",
      entityId: deal.id,
      before: { amountMinor: deal.amountMinor },
      after: { orderId: order.id, number: order.number, total: order.total },
    });
    return { orderId: order.id, number: order.number, total: order.total };
  });
}

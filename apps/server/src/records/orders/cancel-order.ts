import { DomainError, recordMessages, type SalesFunction } from "@quartet/core";
import { orders } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { addActivity } from "../timeline/add-activity.ts";
import { orgSettings, type RecordsContext } from "../timeline/context.ts";
import { visibleClient } from "../timeline/visible-client.ts";
import { orderCancelledRef, orderCancelledText } from "./order-texts.ts";
import { orderOf } from "./order-view.ts";
import { requireOrder } from "./require-order.ts";

/**
 * Cancels an order that holds no money: one with payments must be refunded to zero first
 * (`PRECONDITION_FAILED`); its payment history stays. Cancelling twice is a `CONFLICT`.
 */
export async function cancelOrder({
  ctx,
  input,
}: {
  ctx: RecordsContext;
  input: { orderId: string; reason?: string | null };
}) {
  const { locale } = await orgSettings(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await requireOrder(scope.tx, input.orderId);
    await visibleClient(ctx, before.clientId, scope.tx);
    if (before.status === "cancelled")
      throw new DomainError("CONFLICT", recordMessages.orderAlreadyCancelled, {
        params: { number: before.number },
      });
    if (before.paidMinor !== 0) {
      throw new DomainError("PRECONDITION_FAILED", recordMessages.orderHasPayments, {
        params: { number: before.number },
        details: { paidMinor: before.paidMinor },
      });
    }
    const now = ctx.clock.now();
    const after = { ...before, status: "cancelled" as const, updatedAt: now };
    await scope.tx
      .update(orders)
      .set({ status: after.status, updatedAt: now })
      .where(eq(orders.id, before.id));
    const reason = input.reason?.trim() || null;
    await addActivity(scope, ctx.actor, now, {
      clientId: before.clientId,
      type: "system",
      function: before.function as SalesFunction | null,
      body: orderCancelledText(locale, before.number, reason),
      text: orderCancelledRef(before.number, reason),
      data: { event: "order-cancelled", orderId: before.id, number: before.number, reason },
    });
    await scope.audit({
      action: "core.order.cancel",
      entity: "order",
      entityId: before.id,
      before,
      after: { ...after, reason },
    });
    return orderOf(after);
  });
}

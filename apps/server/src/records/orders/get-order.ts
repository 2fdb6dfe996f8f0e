import type { CurrencyCode, ServiceContext } from "@quartet/core";
import { orderLines, payments } from "@quartet/db/org";
import { asc, eq } from "drizzle-orm";
import { visibleClient } from "../timeline/visible-client.ts";
import { lineOf, orderOf, paymentOf } from "./order-view.ts";
import { requireOrder } from "./require-order.ts";

/** One order with its lines (in order) and payments (oldest first). */
export async function getOrder({ ctx, input }: { ctx: ServiceContext; input: { orderId: string } }) {
  const order = await requireOrder(ctx.org.db, input.orderId);
  await visibleClient(ctx, order.clientId);
  const lines = await ctx.org.db
    .select()
    .from(orderLines)
    .where(eq(orderLines.orderId, order.id))
    .orderBy(asc(orderLines.position));
  const paid = await ctx.org.db
    .select()
    .from(payments)
    .where(eq(payments.orderId, order.id))
    .orderBy(asc(payments.paidOn), asc(payments.createdAt));
  const currency = order.currency as CurrencyCode;
  return { ...orderOf(order), lines: lines.map((l) => lineOf(l, currency)), payments: paid.map(paymentOf) };
}

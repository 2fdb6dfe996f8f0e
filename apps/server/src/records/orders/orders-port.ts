import type { RecordsPort } from "@quartet/core";
import { orderFacts } from "../facts/order-facts.ts";
import { paymentFacts } from "../facts/payment-facts.ts";
import type { RecordsContext } from "../timeline/context.ts";
import { recordOrder } from "./record-order.ts";
import { recordPayment } from "./record-payment.ts";

/** The `orders` part of core's `RecordsPort` for one service context: what plugins call as `ctx.records.orders`. */
export function ordersPort(ctx: RecordsContext): RecordsPort["orders"] {
  return {
    record: (scope, input) => recordOrder(ctx, scope, input),
    recordPayment: async (scope, input) => ({ id: (await recordPayment(ctx, scope, input)).payment.id }),
    facts: (filter, scope) => orderFacts(ctx, filter, scope),
    payments: (filter, scope) => paymentFacts(ctx, filter, scope),
  };
}

import { cleanText, corePermissions, recordMessages } from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { z } from "zod";
import { cancelOrder } from "../../records/orders/cancel-order.ts";
import { getOrder } from "../../records/orders/get-order.ts";
import { listOrders, listOrdersInput } from "../../records/orders/list-orders.ts";
import { recordOrderInput, recordPaymentInput } from "../../records/orders/order-input.ts";
import { recordOrder } from "../../records/orders/record-order.ts";
import { recordPayment } from "../../records/orders/record-payment.ts";
import { inOwnTransaction, recordsContext } from "../../records/timeline/context.ts";

const read = protectedProcedure(corePermissions.ordersRead.id);
const write = protectedProcedure(corePermissions.ordersWrite.id);
const orderId = z.object({ orderId: z.string().min(1, recordMessages.chooseOrder) });

/** `core.orders`: orders of clients and the payments against them. */
export const ordersRouter = router({
  list: read.input(listOrdersInput).query(({ ctx, input }) => listOrders({ ctx: ctx.service, input })),
  get: read.input(orderId).query(({ ctx, input }) => getOrder({ ctx: ctx.service, input })),
  record: write
    .input(recordOrderInput)
    .mutation(({ ctx, input }) => inOwnTransaction(recordOrder)({ ctx: recordsContext(ctx), input })),
  cancel: write
    .input(orderId.extend({ reason: cleanText(500, "multiline").nullish() }))
    .mutation(({ ctx, input }) => cancelOrder({ ctx: recordsContext(ctx), input })),
  payments: router({
    record: write
      .input(recordPaymentInput)
      .mutation(({ ctx, input }) => inOwnTransaction(recordPayment)({ ctx: recordsContext(ctx), input })),
  }),
});

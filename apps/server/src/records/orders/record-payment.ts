import {
  type CurrencyCode,
  DomainError,
  localDate,
  money,
  newId,
  paymentReceived,
  paymentStatus,
  recordMessages,
  type SalesFunction,
  type WriteScope,
} from "@quartet/core";
import { orders, payments } from "@quartet/db/org";
import { and, eq, gt } from "drizzle-orm";
import { moveStageIfForward } from "../clients/index.ts";
import { addActivity } from "../timeline/add-activity.ts";
import type { Reader } from "../timeline/context.ts";
import { orgSettings, parseInput, type RecordsContext } from "../timeline/context.ts";
import { visibleClient } from "../timeline/visible-client.ts";
import { type RecordPaymentInput, recordPaymentInput } from "./order-input.ts";
import { paymentRef, paymentText } from "./order-texts.ts";
import { orderOf, paymentOf } from "./order-view.ts";
import { requireOrder } from "./require-order.ts";

/**
 * Records money received against an order inside the caller's transaction: partial payments add
 * up, overpaying is allowed and shows as `overpaid`, a negative amount refunds at most what was
 * paid. Updates the order's paid amount and status, emits `core.payment.received` (refunds too,
 * with a negative amount), puts it on the timeline, and makes the client a `customer` on its
 * first payment ever.
 */
export async function recordPayment(ctx: RecordsContext, scope: WriteScope, raw: RecordPaymentInput) {
  const input = parseInput(recordPaymentInput, raw);
  const order = await requireOrder(scope.tx, input.orderId);
  await visibleClient(ctx, order.clientId, scope.tx);
  if (order.status === "cancelled") {
    throw new DomainError("PRECONDITION_FAILED", recordMessages.orderCancelled, {
      params: { number: order.number },
    });
  }
  const currency = order.currency as CurrencyCode;
  if ((input.amount.currency ?? currency) !== currency) {
    throw new DomainError("BAD_INPUT", recordMessages.orderIn, {
      params: { number: order.number, currency },
      fields: { "amount.currency": { key: recordMessages.payInCurrency, params: { currency } } },
    });
  }
  const amount = money(input.amount.amountMinor, currency);
  if (order.paidMinor + amount.amountMinor < 0) {
    throw new DomainError("BAD_INPUT", recordMessages.refundTooBig, {
      fields: {
        "amount.amountMinor": {
          key: recordMessages.refundAtMost,
          params: { amount: { amountMinor: order.paidMinor, currency } },
        },
      },
    });
  }
  const firstPaymentOfClient = amount.amountMinor > 0 && !(await hasPaid(scope.tx, order.clientId));
  const total = money(order.totalMinor, currency);
  const status = paymentStatus(total, [money(order.paidMinor, currency), amount]);
  const settings = await orgSettings(ctx);
  const now = ctx.clock.now();
  const row = {
    id: newId("pay", now),
    orderId: order.id,
    clientId: order.clientId,
    amountMinor: amount.amountMinor,
    currency,
    paidOn: input.paidOn ?? localDate(now, settings.timeZone),
    method: input.method,
    reference: input.reference ?? null,
    createdBy: ctx.actor.id,
    createdAt: now,
  };
  await scope.tx.insert(payments).values(row);
  const after = {
    ...order,
    paidMinor: status.paid.amountMinor,
    paymentStatus: status.status,
    updatedAt: now,
  };
  await scope.tx
    .update(orders)
    .set({ paidMinor: after.paidMinor, paymentStatus: after.paymentStatus, updatedAt: now })
    .where(eq(orders.id, order.id));
  await scope.emit(paymentReceived, {
    paymentId: row.id,
    orderId: order.id,
    clientId: order.clientId,
    amount,
    paidOn: row.paidOn,
    orderTotal: total,
    paidTotal: status.paid,
    paidShare: status.paidShare,
    paymentStatus: status.status,
    sourceRef: order.sourceRef,
    firstPaymentOfClient,
  });
  await addActivity(scope, ctx.actor, now, {
    clientId: order.clientId,
    type: "system",
    function: order.function as SalesFunction | null,
    body: paymentText(settings.locale, order.number, amount, status.paidShare),
    text: paymentRef(order.number, amount, status.paidShare),
    data: {
      event: amount.amountMinor < 0 ? "refund" : "payment",
      paymentId: row.id,
      orderId: order.id,
      amount,
    },
  });
  if (firstPaymentOfClient)
    await moveStageIfForward(ctx, scope, order.clientId, "customer", "First payment received", {
      reasonCode: "first-payment",
      locale: settings.locale,
    });
  await scope.audit({ action: "core.payment.record", entity: "payment", entityId: row.id, after: row });
  return { payment: paymentOf(row), order: orderOf(after), firstPaymentOfClient };
}

async function hasPaid(db: Reader, clientId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.clientId, clientId), gt(payments.amountMinor, 0)))
    .limit(1);
  return row !== undefined;
}

import { z } from "zod";
import { salesFunctions } from "../functions.ts";
import { defineEvent } from "../plugin/define-event.ts";

const money = z.object({ amountMinor: z.number().int(), currency: z.string() });
const fn = z.enum(salesFunctions);

/** An order was recorded for a client (farming and VIP live on these). */
export const orderRecorded = defineEvent({
  name: "core.order.recorded",
  version: 1,
  schema: z.object({
    orderId: z.string(),
    clientId: z.string(),
    number: z.string(),
    total: money,
    orderedOn: z.string(),
    function: fn.nullable(),
    sourceRef: z.string().nullable(),
    lines: z.array(
      z.object({ productId: z.string().nullable(), name: z.string(), quantity: z.number(), total: money }),
    ),
  }),
});

/** Money arrived against an order. `paidShare` is the paid part of the order's total (1 = fully paid). */
export const paymentReceived = defineEvent({
  name: "core.payment.received",
  version: 1,
  schema: z.object({
    paymentId: z.string(),
    orderId: z.string(),
    clientId: z.string(),
    amount: money,
    paidOn: z.string(),
    orderTotal: money,
    paidTotal: money,
    paidShare: z.number(),
    paymentStatus: z.enum(["unpaid", "partial", "paid", "overpaid"]),
    sourceRef: z.string().nullable(),
    firstPaymentOfClient: z.boolean(),
  }),
});

const handoff = z.object({
  handoffId: z.string(),
  clientId: z.string(),
  fromFunction: fn,
  toFunction: fn,
  receiverId: z.string().nullable(),
});

/** A client was handed from one function to another and waits to be accepted. */
export const handoffRequested = defineEvent({
  name: "core.handoff.requested",
  version: 1,
  schema: handoff.extend({
    note: z.string(),
    acceptBy: z.number(),
    context: z.record(z.string(), z.unknown()),
  }),
});

/** The receiving function took the client. */
export const handoffAccepted = defineEvent({ name: "core.handoff.accepted", version: 1, schema: handoff });

/** The receiving function refused the client, with a reason. */
export const handoffRejected = defineEvent({
  name: "core.handoff.rejected",
  version: 1,
  schema: handoff.extend({ reason: z.string() }),
});

/** The requester took back a handoff nobody had answered: the client stays where it was. */
export const handoffCancelled = defineEvent({ name: "core.handoff.cancelled", version: 1, schema: handoff });

/** Nobody accepted a handoff by its accept-by time; the client still waits for an answer. */
export const handoffExpired = defineEvent({
  name: "core.handoff.expired",
  version: 1,
  schema: handoff.extend({ acceptBy: z.number() }),
});

/** A client's lifecycle stage changed. */
export const clientStageChanged = defineEvent({
  name: "core.client.stage-changed",
  version: 1,
  schema: z.object({
    clientId: z.string(),
    from: z.string().nullable(),
    to: z.string(),
    reason: z.string().nullable(),
  }),
});

/** Two clients were merged: `fromId` now lives on as `intoId`. */
export const clientsMerged = defineEvent({
  name: "core.client.merged",
  version: 1,
  schema: z.object({ fromId: z.string(), intoId: z.string() }),
});

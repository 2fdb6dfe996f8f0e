import { handoffAccepted, handoffCancelled, handoffRejected } from "@quartet/core";
import { defineSubscriber } from "@quartet/core/plugin";
import type { z } from "zod";
import { stopClock } from "../services/sla/stop-clock.ts";
import { withdrawRequest } from "../services/sla/withdraw-request.ts";

/** A handoff accepted stops its request's clock at the decision; a redelivery keeps the first stop. */
export const stopOnHandoffAccepted = defineSubscriber<z.infer<typeof handoffAccepted.schema>>({
  name: "stop-on-handoff-accepted",
  event: handoffAccepted,
  async handle(ctx, event) {
    await stopClock(ctx.scope, event.payload.handoffId, event.occurredAt);
  },
});

/** A handoff rejected stops its request's clock too: the client got an answer. */
export const stopOnHandoffRejected = defineSubscriber<z.infer<typeof handoffRejected.schema>>({
  name: "stop-on-handoff-rejected",
  event: handoffRejected,
  async handle(ctx, event) {
    await stopClock(ctx.scope, event.payload.handoffId, event.occurredAt);
  },
});

/**
 * A handoff cancelled by its requester withdraws the request: no longer timed. An expired handoff
 * is not an answer: its clock runs on until someone answers the client or it breaches.
 */
export const withdrawOnHandoffCancelled = defineSubscriber<z.infer<typeof handoffCancelled.schema>>({
  name: "withdraw-on-handoff-cancelled",
  event: handoffCancelled,
  async handle(ctx, event) {
    await withdrawRequest(ctx.scope, event.payload.handoffId, event.occurredAt);
  },
});

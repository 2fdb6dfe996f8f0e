import { defineSubscriber } from "@quartet/core/plugin";
import { type RequestReceived, requestReceived } from "@quartet/prospecting/contracts";
import { timeRequest } from "../services/sla/time-request.ts";
import { firstDelivery } from "./processed.ts";

/**
 * An inbound request of a known VIP client in prospecting's inbox is timed from its arrival
 * against the tier's SLA. Once per event; a request of no known client waits for its triage.
 */
export const clockOnInbox = defineSubscriber<RequestReceived>({
  name: "clock-on-inbox",
  event: requestReceived,
  async handle(ctx, event) {
    const { requestId, clientId, receivedAt } = event.payload;
    if (clientId === null) return;
    if (!(await firstDelivery(ctx.scope, event.id, "clock-on-inbox", ctx.clock.now()))) return;
    await timeRequest(ctx, { id: requestId, source: "inbox", clientId, startedAt: receivedAt });
  },
});

import { defineSubscriber } from "@quartet/core/plugin";
import { type RequestTriaged, requestTriaged } from "@quartet/prospecting/contracts";
import { stopClock } from "../services/sla/stop-clock.ts";
import { timeRequest } from "../services/sla/time-request.ts";
import { firstDelivery } from "./processed.ts";

/**
 * An inbox request triaged (qualified, merged, dismissed) stops its clock at the triage. One
 * linked to a VIP client only then is timed from its arrival and stopped at once, so the report
 * counts it; a redelivery keeps the first stop.
 */
export const stopOnTriage = defineSubscriber<RequestTriaged>({
  name: "stop-on-triage",
  event: requestTriaged,
  async handle(ctx, event) {
    const { requestId, clientId, receivedAt, triagedAt } = event.payload;
    if (!(await firstDelivery(ctx.scope, event.id, "stop-on-triage", ctx.clock.now()))) return;
    if (clientId !== null)
      await timeRequest(ctx, { id: requestId, source: "inbox", clientId, startedAt: receivedAt });
    await stopClock(ctx.scope, requestId, triagedAt);
  },
});

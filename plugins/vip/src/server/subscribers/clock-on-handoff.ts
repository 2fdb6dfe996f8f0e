import { handoffRequested } from "@quartet/core";
import { defineSubscriber } from "@quartet/core/plugin";
import type { z } from "zod";
import { timeRequest } from "../services/sla/time-request.ts";
import { firstDelivery } from "./processed.ts";

/**
 * A handoff of a VIP client is a request whose answer is timed from its creation against the
 * tier's SLA; VIP's own handoffs (entering or leaving the program) are not. Once per event.
 */
export const clockOnHandoff = defineSubscriber<z.infer<typeof handoffRequested.schema>>({
  name: "clock-on-handoff",
  event: handoffRequested,
  async handle(ctx, event) {
    if (event.payload.context.source === "vip") return;
    if (!(await firstDelivery(ctx.scope, event.id, "clock-on-handoff", ctx.clock.now()))) return;
    const { handoffId, clientId } = event.payload;
    await timeRequest(ctx, { id: handoffId, source: "handoff", clientId, startedAt: event.occurredAt });
  },
});

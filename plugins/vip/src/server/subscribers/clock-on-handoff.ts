import { handoffRequested } from "@quartet/core";
import { defineSubscriber } from "@quartet/core/plugin";
import type { z } from "zod";
import { orgInfo } from "../context.ts";
import { loadProgram } from "../services/program/load-program.ts";
import { openRequest } from "../services/sla/open-request.ts";
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
    const source = { id: handoffId, source: "handoff" as const, clientId, startedAt: event.occurredAt };
    await openRequest(
      ctx.scope,
      await orgInfo(ctx),
      await loadProgram(ctx.scope.tx),
      source,
      ctx.clock.now(),
    );
  },
});

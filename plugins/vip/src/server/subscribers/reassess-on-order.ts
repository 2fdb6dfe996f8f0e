import { orderRecorded } from "@quartet/core";
import { defineSubscriber } from "@quartet/core/plugin";
import type { z } from "zod";
import { reassessClients } from "../services/assess/reassess-clients.ts";
import { firstDelivery } from "./processed.ts";

/** An order recorded: the client is judged again (order-size and category criteria), once per event. */
export const reassessOnOrder = defineSubscriber<z.infer<typeof orderRecorded.schema>>({
  name: "reassess-on-order",
  event: orderRecorded,
  async handle(ctx, event) {
    if (!(await firstDelivery(ctx.scope, event.id, "reassess-on-order", ctx.clock.now()))) return;
    await reassessClients(ctx, ctx.scope, [event.payload.clientId]);
  },
});

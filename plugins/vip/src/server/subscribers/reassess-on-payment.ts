import { paymentReceived } from "@quartet/core";
import { defineSubscriber } from "@quartet/core/plugin";
import type { z } from "zod";
import { reassessClients } from "../services/assess/reassess-clients.ts";
import { firstDelivery } from "./processed.ts";

/** Money received: the paying client is judged again (a promotion is immediate), once per event. */
export const reassessOnPayment = defineSubscriber<z.infer<typeof paymentReceived.schema>>({
  name: "reassess-on-payment",
  event: paymentReceived,
  async handle(ctx, event) {
    if (!(await firstDelivery(ctx.scope, event.id, "reassess-on-payment", ctx.clock.now()))) return;
    await reassessClients(ctx, ctx.scope, [event.payload.clientId]);
  },
});

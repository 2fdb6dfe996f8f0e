import { paymentReceived } from "@quartet/core";
import { defineSubscriber } from "@quartet/core/plugin";
import type { z } from "zod";
import { isFullyPaid } from "../../domain/deal-flow.ts";
import { orgInfo } from "../context.ts";
import { dealsPaidBy } from "../services/deals/deals-paid-by.ts";
import { winDeal } from "../services/deals/win-deal.ts";
import { firstDelivery } from "./processed.ts";

/**
 * An order paid in full wins the open expansion deals it matches (issued from the deal, or the
 * deal's client buying in the deal's category since it was opened) — exactly once: a redelivered
 * event is found among the processed events, and a deal no longer open is never won again.
 */
export const winOnPayment = defineSubscriber<z.infer<typeof paymentReceived.schema>>({
  name: "win-on-payment",
  event: paymentReceived,
  async handle(ctx, event) {
    if (!isFullyPaid(event.payload.paymentStatus)) return;
    if (!(await firstDelivery(ctx.scope, event.id, "win-on-payment", ctx.clock.now()))) return;
    const org = await orgInfo(ctx);
    const paid = await dealsPaidBy(ctx, ctx.scope, org, event.payload);
    if (!paid) return;
    for (const deal of paid.deals) await winDeal(ctx, ctx.scope, org, deal, paid.order);
  },
});

import { paymentReceived } from "@quartet/core";
import { defineSubscriber } from "@quartet/core/plugin";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import type { FirstSaleSettings } from "../../contracts/settings.ts";
import { deals } from "../../db/schema.ts";
import { wonConditionMet } from "../../domain/won-rule.ts";
import { orgInfo, settingsOf } from "../context.ts";
import { winDeal } from "../services/deals/win-deal.ts";
import { firstDelivery } from "./processed.ts";

/**
 * Money arrived against a deal's invoice (`sourceRef` = a deal id of ours): the deal records what
 * is paid, and an open deal whose rule is now met (paid share ≥ the prepayment percent, or fully
 * paid) is won — client made a customer, `first-sale.deal.won`, handover to farming. Idempotent:
 * a redelivered event is found among the processed events, and a won deal is never won again.
 * Payments of another order than the deal's invoice are ignored.
 */
export const winOnPayment = defineSubscriber<z.infer<typeof paymentReceived.schema>, FirstSaleSettings>({
  name: "win-on-payment",
  event: paymentReceived,
  async handle(ctx, event) {
    const { sourceRef, orderId, paidTotal, paidShare } = event.payload;
    if (!sourceRef) return;
    const [deal] = await ctx.scope.tx.select().from(deals).where(eq(deals.id, sourceRef));
    if (!deal || (deal.orderId && deal.orderId !== orderId)) return;
    const now = ctx.clock.now();
    if (!(await firstDelivery(ctx.scope, event.id, "win-on-payment", now))) return;
    const settings = settingsOf(ctx);
    const paid = { orderId, paidMinor: paidTotal.amountMinor, paidShare, updatedAt: now };
    await ctx.scope.tx.update(deals).set(paid).where(eq(deals.id, deal.id));
    const facts = { paidShare, contractSigned: deal.contractSignedAt !== null };
    if (deal.status !== "open" || !wonConditionMet(settings.wonWhen, facts)) return;
    const service = { ...ctx, settings };
    const basis = settings.wonWhen.kind;
    await winDeal(service, ctx.scope, await orgInfo(ctx), { ...deal, ...paid }, basis);
  },
});

import { newId, paymentReceived } from "@quartet/core";
import { defineSubscriber } from "@quartet/core/plugin";
import type { z } from "zod";
import { rewardDue } from "../../contracts/events.ts";
import type { ReferralsSettings } from "../../contracts/settings.ts";
import { rewards } from "../../db/schema.ts";
import { rewardFor } from "../../domain/reward.ts";
import { referralOf } from "../services/referral-of.ts";

/**
 * A referred client paid: its referrer is due the settings' percent of the payment. Only payments
 * received after the referral was recorded count; the unique payment id makes a redelivery a no-op.
 */
export const rewardOnPayment = defineSubscriber<z.infer<typeof paymentReceived.schema>, ReferralsSettings>({
  name: "reward-on-payment",
  event: paymentReceived,
  async handle(ctx, event) {
    const payment = event.payload;
    const referral = await referralOf(ctx.scope.tx, payment.clientId);
    if (!referral || event.occurredAt < referral.createdAt) return;
    const amountMinor = rewardFor(payment.amount.amountMinor, ctx.settings.rewardPercent);
    if (amountMinor === 0) return;
    const now = ctx.clock.now();
    const id = newId("rwd", now);
    const inserted = await ctx.scope.tx
      .insert(rewards)
      .values({
        id,
        referralId: referral.id,
        paymentId: payment.paymentId,
        paidOn: payment.paidOn,
        paymentMinor: payment.amount.amountMinor,
        percent: ctx.settings.rewardPercent,
        amountMinor,
        currency: payment.amount.currency,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: rewards.id });
    if (inserted.length === 0) return;
    await ctx.scope.emit(rewardDue, {
      rewardId: id,
      referralId: referral.id,
      referrerId: referral.referrerId,
      clientId: payment.clientId,
      paymentId: payment.paymentId,
      reward: { amountMinor, currency: payment.amount.currency },
    });
  },
});

import { defineEvent } from "@quartet/core/plugin";
import { z } from "zod";

const money = z.object({ amountMinor: z.number().int(), currency: z.string() });

/** A client was recorded as referred by another client. */
export const referralRecorded = defineEvent({
  name: "referrals.referral.recorded",
  version: 1,
  schema: z.object({ referralId: z.string(), referrerId: z.string(), clientId: z.string() }),
});

/**
 * A referred client paid: the referrer is due a reward of the settings' percent of that payment,
 * in its currency. One per payment.
 */
export const rewardDue = defineEvent({
  name: "referrals.reward.due",
  version: 1,
  schema: z.object({
    rewardId: z.string(),
    referralId: z.string(),
    referrerId: z.string(),
    clientId: z.string(),
    paymentId: z.string(),
    reward: money,
  }),
});

import { amountMinorOf } from "./money-input.ts";

/** How money came in, as `core.orders.payments.record` names it. */
export const paymentMethods = ["bank", "cash", "card", "other"] as const;

/** One of `paymentMethods`. */
export type PaymentMethod = (typeof paymentMethods)[number];

/** The payment form as typed. */
export type PaymentDraft = { amount: string; paidOn: string; method: PaymentMethod; reference: string };

/** An empty payment by bank transfer on `today` (`YYYY-MM-DD`). */
export function emptyPayment(today: string): PaymentDraft {
  return { amount: "", paidOn: today, method: "bank", reference: "" };
}

/**
 * What `core.orders.payments.record` takes, or the message for an amount that cannot be read
 * (under `amount.amountMinor`, where the server puts its own).
 */
export function paymentInputOf(orderId: string, draft: PaymentDraft, badNumber: string) {
  const amountMinor = amountMinorOf(draft.amount);
  if (amountMinor === null) return { ok: false as const, errors: { "amount.amountMinor": badNumber } };
  return {
    ok: true as const,
    input: {
      orderId,
      amount: { amountMinor },
      paidOn: draft.paidOn || undefined,
      method: draft.method,
      reference: draft.reference.trim() || null,
    },
  };
}

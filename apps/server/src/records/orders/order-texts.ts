import { type Locale, type MessageRef, type Money, timelineMessages as t, wordRef } from "@quartet/core";

/** Timeline text for a recorded order, as a key the reader words. */
export const orderRecordedRef = (number: string, total: Money): MessageRef => ({
  key: t.orderRecorded,
  params: { number, sum: total },
});

/** Timeline text for a cancelled order, with the reason when one was given. */
export function orderCancelledRef(number: string, reason: string | null): MessageRef {
  const text = { key: t.orderCancelled, params: { number } };
  return reason ? { key: t.withDetail, params: { text, detail: reason } } : text;
}

/** Timeline text for a payment or a refund (a negative amount), with the paid share of the order. */
export function paymentRef(number: string, amount: Money, paidShare: number): MessageRef {
  const share = Math.round(paidShare * 100);
  if (amount.amountMinor < 0) {
    return { key: t.refund, params: { number, share, sum: { ...amount, amountMinor: -amount.amountMinor } } };
  }
  return { key: t.payment, params: { number, share, sum: amount } };
}

/** Timeline text for a recorded order in `locale`. */
export const orderRecordedText = (locale: Locale, number: string, total: Money): string =>
  wordRef(locale, orderRecordedRef(number, total));

/** Timeline text for a cancelled order in `locale`. */
export const orderCancelledText = (locale: Locale, number: string, reason: string | null): string =>
  wordRef(locale, orderCancelledRef(number, reason));

/** Timeline text for a payment or a refund in `locale`. */
export const paymentText = (locale: Locale, number: string, amount: Money, paidShare: number): string =>
  wordRef(locale, paymentRef(number, amount, paidShare));

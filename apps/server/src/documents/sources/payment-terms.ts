import { type Locale, documentMessages as m, wordMessage } from "@quartet/core";

/**
 * The payment terms a document prints after «Условия оплаты:», worded in the document's
 * language from a number of days: the draft's own (a VIP deferral on an order) or else the
 * organisation's usual `paymentDays`; nothing when neither is set.
 *
 * @example paymentTermsWords(30, "ru") // "оплата в течение 30 дней"
 */
export function paymentTermsWords(days: number | null | undefined, locale: Locale): string | undefined {
  if (days === null || days === undefined) return undefined;
  if (days === 0) return wordMessage(locale, m.paymentSameDay);
  return wordMessage(locale, m.paymentWithin, { count: days });
}

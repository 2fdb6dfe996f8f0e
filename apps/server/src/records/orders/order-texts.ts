import { formatMoney, type Locale, type Money } from "@quartet/core";

/** Timeline text for a recorded order. */
export function orderRecordedText(locale: Locale, number: string, total: Money): string {
  const sum = formatMoney(total, locale);
  return locale === "ru" ? `Заказ ${number} на ${sum}` : `Order ${number} for ${sum}`;
}

/** Timeline text for a cancelled order. */
export function orderCancelledText(locale: Locale, number: string, reason: string | null): string {
  const why = reason ? `: ${reason}` : "";
  return locale === "ru" ? `Заказ ${number} отменён${why}` : `Order ${number} cancelled${why}`;
}

/** Timeline text for a payment or a refund (a negative amount), with the paid share of the order. */
export function paymentText(locale: Locale, number: string, amount: Money, paidShare: number): string {
  const share = `${Math.round(paidShare * 100)} %`;
  if (amount.amountMinor < 0) {
    const back = formatMoney({ ...amount, amountMinor: -amount.amountMinor }, locale);
    return locale === "ru"
      ? `Возврат ${back} по заказу ${number} (оплачено ${share})`
      : `Refund of ${back} on order ${number} (${share} paid)`;
  }
  const sum = formatMoney(amount, locale);
  return locale === "ru"
    ? `Оплата ${sum} по заказу ${number} (оплачено ${share})`
    : `Payment of ${sum} for order ${number} (${share} paid)`;
}

import { formatMoney, type Locale, type Money, toMajorString } from "@quartet/core";

const amountFormats = new Map<Locale, Intl.NumberFormat>();

/** An amount as the lines table prints it, with no currency: `1 234,56` (ru), `1,234.56` (en). */
export function formatAmount(m: Money, locale: Locale): string {
  let format = amountFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    amountFormats.set(locale, format);
  }
  return format.format(toMajorString(m) as Intl.StringNumericLiteral);
}

/** An amount with its currency, for sentences: `1 234,56 ₽`, `RUB 1,234.56`. */
export function formatSum(m: Money, locale: Locale): string {
  return formatMoney(m, locale);
}

/** A quantity with up to three decimals: `2`, `1,5`. */
export function formatQuantity(quantity: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(quantity);
}

/** A business date (`YYYY-MM-DD`) in words: `7 декабря 2026 г.`, `7 December 2026`. */
export function formatDocumentDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "ru" ? "ru" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${date}T00:00:00Z`));
}

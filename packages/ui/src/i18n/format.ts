import type { Locale } from "./types.ts";

/** The BCP 47 tag each interface language formats with. */
export const intlLocales: Record<Locale, string> = { ru: "ru-RU", en: "en-GB" };

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocales[locale], options);
    numberFormats.set(key, format);
  }
  return format;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocales[locale], options);
    dateFormats.set(key, format);
  }
  return format;
}

/** Formats a number: `formatNumber("ru", 12500) // "12 500"`. */
export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

/** Money as Quartet stores it: integer minor units and an ISO 4217 currency. */
export type MoneyValue = { readonly amountMinor: number; readonly currency: string };

/**
 * Formats money stored in minor units, using the currency's own number of decimals.
 *
 * @example formatMoney("ru", { amountMinor: 1234550, currency: "RUB" }) // "12 345,50 ₽"
 */
export function formatMoney(locale: Locale, money: MoneyValue, options?: Intl.NumberFormatOptions): string {
  const format = numberFormat(locale, { style: "currency", currency: money.currency, ...options });
  const digits = numberFormat(locale, { style: "currency", currency: money.currency }).resolvedOptions()
    .maximumFractionDigits;
  return format.format(money.amountMinor / 10 ** (digits ?? 2));
}

const businessDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats a business date (`"2025-03-08"`, shown as written, whatever the time zone)
 * or an instant (UTC milliseconds or a Date, shown in the viewer's time zone).
 *
 * @example formatDate("en", "2025-03-08") // "8 Mar 2025"
 */
export function formatDate(
  locale: Locale,
  value: Date | number | string,
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium" },
): string {
  if (typeof value === "string") {
    const match = businessDate.exec(value);
    if (!match) return value;
    const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    return dateFormat(locale, { ...options, timeZone: "UTC" }).format(utc);
  }
  return dateFormat(locale, options).format(value);
}

/** Formats an instant with date and time: `formatDateTime("ru", Date.now())`. */
export function formatDateTime(locale: Locale, value: Date | number): string {
  return formatDate(locale, value, { dateStyle: "medium", timeStyle: "short" });
}

/**
 * A currency's sign as the interface language writes it, for a money field's label.
 *
 * @example currencySign("ru", "RUB") // "₽"; currencySign("en", "USD") // "$"
 */
export function currencySign(locale: Locale, currency: string): string {
  const parts = numberFormat(locale, {
    style: "currency",
    currency,
    currencyDisplay: "narrowSymbol",
  }).formatToParts(0);
  return parts.find((part) => part.type === "currency")?.value ?? currency;
}

/**
 * Money rounded to whole units of its currency, with the currency's own sign in either language,
 * for sums and tables.
 *
 * @example formatWholeMoney("en", { amountMinor: 12_345_650, currency: "RUB" }) // "₽123,457"
 */
export function formatWholeMoney(locale: Locale, money: MoneyValue): string {
  return formatMoney(locale, money, {
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
    currencyDisplay: "narrowSymbol",
  });
}

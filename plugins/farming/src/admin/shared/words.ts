import { formatWholeMoney } from "@quartet/ui/pure";
import { i18n } from "../i18n/index.ts";

/** Whole days with the right plural: `days(1) // "1 день"`, `days(5) // "5 дней"`. */
export function days(count: number): string {
  return i18n.t("units.days", { count: Math.round(count) });
}

/** Money in whole units of the currency, for sums and tables: `money(12_345_600, "RUB") // "123 456 ₽"`. */
export function money(amountMinor: number, currency: string): string {
  return formatWholeMoney(i18n.locale(), { amountMinor, currency });
}

/** Money shortened for chart axes and tiles: `shortMoney(120_000_000, "RUB") // "1,2 млн ₽"`. */
export function shortMoney(amountMinor: number, currency: string): string {
  return i18n.formatMoney(
    { amountMinor, currency },
    { notation: "compact", maximumFractionDigits: 1, currencyDisplay: "narrowSymbol" },
  );
}

/** A share (0.42) as a percent in the user's language ("42 %"); a dash for none. */
export function percent(share: number | null | undefined, digits = 0): string {
  if (share === null || share === undefined) return i18n.t("none");
  return i18n.formatNumber(share, { style: "percent", maximumFractionDigits: digits });
}

/**
 * A business date or instant in the user's language, the year left out when it is this year's:
 * «6 мая», «12 дек. 2025 г.»; a dash for none.
 */
export function date(value: string | number | null | undefined, thisYear = new Date().getFullYear()): string {
  if (value === null || value === undefined) return i18n.t("none");
  const year = typeof value === "string" ? Number(value.slice(0, 4)) : new Date(value).getFullYear();
  return year === thisYear
    ? i18n.formatDate(value, { day: "numeric", month: "long" })
    : i18n.formatDate(value);
}

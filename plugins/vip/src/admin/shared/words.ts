import type { CurrencyCode } from "@quartet/core";
import { formatWholeMoney } from "@quartet/ui/pure";
import type { Reason } from "../../contracts/reasons.ts";
import { reasonText } from "../../domain/texts.ts";
import { i18n } from "../i18n/index.ts";

type Tiers = readonly { key: string; name: { ru: string; en: string } }[];

/** Money in whole units of the currency: `money(12_345_600, "RUB") // "123 456 ₽"`. */
export function money(amountMinor: number, currency: string): string {
  return formatWholeMoney(i18n.locale(), { amountMinor, currency });
}

/** A business date or instant in the viewer's language («6 мая 2026 г.», "6 May 2026"); a dash for none. */
export function date(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return i18n.t("none");
  return i18n.formatDate(value, { day: "numeric", month: "short", year: "numeric" });
}

/** An instant with its time: «6 мая, 14:30». */
export function dateTime(value: number): string {
  return i18n.formatDate(value, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
}

/** Minutes as hours and minutes: «2 ч 15 мин», "45 min". */
export function duration(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  const h = Math.floor(whole / 60);
  const m = whole % 60;
  if (h === 0) return i18n.t("duration.minutes", { m });
  return m === 0 ? i18n.t("duration.hours", { h }) : i18n.t("duration.both", { h, m });
}

/** A share (0.42) as a percent («42 %»); a dash for none. */
export function percent(share: number | null | undefined): string {
  if (share === null || share === undefined) return i18n.t("none");
  return i18n.formatNumber(share, { style: "percent", maximumFractionDigits: 1 });
}

/** A tier's name in the viewer's language; a dash for none. */
export function tierName(tiers: Tiers, key: string | null | undefined): string {
  const tier = tiers.find((t) => t.key === key);
  return tier ? i18n.localized(tier.name) : i18n.t("none");
}

/**
 * A reason worded in the viewer's language with its numbers, as the server words it for the
 * timeline: `reasonWords(reason, program.tiers, "RUB") // "оплачено 5,2 млн ₽ за 12 месяцев ≥ 5 млн ₽"`.
 */
export function reasonWords(reason: Reason, tiers: Tiers, currency: string): string {
  const names = Object.fromEntries(tiers.map((t) => [t.key, t.name]));
  return reasonText(i18n.locale(), reason, { currency: currency as CurrencyCode, tiers: names });
}

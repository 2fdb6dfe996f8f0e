import { type CurrencyCode, defaultCurrency, formatMoney, type Locale, money } from "@quartet/core";
import type { MaturityLevel } from "../contracts/events.ts";
import { plural } from "./plural.ts";
import type { MaturityReason } from "./types.ts";

const levelWords: Record<MaturityLevel, Record<Locale, string>> = {
  single: { ru: "разовые закупки", en: "single purchases" },
  complex: { ru: "комплексное снабжение", en: "complex supply" },
  project: { ru: "проекты", en: "projects" },
};

function reasonText(l: Locale, reason: MaturityReason, currency: CurrencyCode): string {
  const n = (key: string) => Number(reason.params[key] ?? 0);
  const sum = (key: string) => formatMoney(money(n(key), currency), l, { dropZeroMinor: true });
  const ru = l === "ru";
  switch (reason.code) {
    case "categories": {
      const count = n("count");
      return ru
        ? `${count} ${plural(count, "категория", "категории", "категорий")} за 12 месяцев при пороге ${n("min")}`
        : `${count} ${count === 1 ? "category" : "categories"} in 12 months, threshold ${n("min")}`;
    }
    case "order-size":
      return ru
        ? `заказ на ${sum("amountMinor")} при пороге ${sum("minMinor")}`
        : `an order of ${sum("amountMinor")}, threshold ${sum("minMinor")}`;
    case "project-order-size":
      return ru
        ? `заказ на ${sum("amountMinor")} при пороге проекта ${sum("minMinor")}`
        : `an order of ${sum("amountMinor")}, project threshold ${sum("minMinor")}`;
    case "project-order":
      return ru ? "заказ отмечен как проект" : "an order is marked as a project";
    default:
      return reason.code;
  }
}

/**
 * The timeline entry of a move on the maturity ladder, with the rules that decided it; amounts in
 * the organisation's currency.
 *
 * @example maturityTimelineText("ru", "single", "complex", [{ code: "categories", params: { count: 4, min: 3 } }]) // "Ступень зрелости: разовые закупки → комплексное снабжение (4 категории за 12 месяцев при пороге 3)"
 */
export function maturityTimelineText(
  l: Locale,
  from: MaturityLevel | null,
  to: MaturityLevel,
  reasons: readonly MaturityReason[],
  currency: CurrencyCode = defaultCurrency,
): string {
  const step = from === null ? levelWords[to][l] : `${levelWords[from][l]} → ${levelWords[to][l]}`;
  const why = reasons.map((r) => reasonText(l, r, currency)).join("; ");
  const head = l === "ru" ? `Ступень зрелости: ${step}` : `Maturity: ${step}`;
  return why ? `${head} (${why})` : head;
}

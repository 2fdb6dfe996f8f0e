import type { CurrencyCode, Locale, LocalizedText } from "@quartet/core";
import type { CriterionReason } from "../contracts/reasons.ts";
import { counted, dateWords, quarterWords, shortAmounts, words } from "./wording.ts";

/** What wording needs besides a reason: the currency, and the names of tiers and catalog categories. */
export type WordingNames = {
  currency: CurrencyCode;
  tiers: Readonly<Record<string, LocalizedText>>;
  categories?: Readonly<Record<string, string>>;
};

/** The name of a tier in the locale, or «удалённый уровень» / "a removed tier" when the program no longer has it. */
export function tierName(key: string, locale: Locale, names: WordingNames): string {
  // A tier removed from the program has no name left; its key is the program's code, not words.
  return names.tiers[key]?.[locale] ?? (locale === "ru" ? "удалённый уровень" : "a removed tier");
}

/**
 * One criterion's result in words with its numbers.
 *
 * @example criterionText("ru", revenueReason, names) // "оплачено 5,2 млн ₽ за 12 месяцев ≥ 5 млн ₽"
 */
export function criterionText(l: Locale, reason: CriterionReason, names: WordingNames): string {
  const ru = l === "ru";
  const cmp = reason.params.met ? "≥" : "<";
  const amounts = (a: number, b: number) => shortAmounts(a, b, names.currency, l);
  const categoryList = (ids: readonly string[]) =>
    ids.map((id) => `«${names.categories?.[id] ?? id}»`).join(", ");
  const within = (n: number) =>
    ru ? `за ${counted(l, n, words.months)}` : `in ${counted(l, n, words.months)}`;
  switch (reason.code) {
    case "revenue": {
      const p = reason.params;
      const [paid, min] = amounts(p.paidMinor, p.minMinor);
      return `${ru ? "оплачено" : "paid"} ${paid} ${within(p.windowMonths)} ${cmp} ${min}`;
    }
    case "tenure": {
      const p = reason.params;
      if (p.since === null) return ru ? "ещё нет заказов" : "no orders yet";
      const cmpMonths = p.months >= p.minMonths ? "≥" : "<";
      const head = ru
        ? `клиент с ${dateWords(p.since, l)}: ${counted(l, p.months, words.months)} ${cmpMonths} ${p.minMonths}`
        : `a client since ${dateWords(p.since, l)}: ${counted(l, p.months, words.months)} ${cmpMonths} ${p.minMonths}`;
      if (p.quarters === 0) return head;
      if (p.missingQuarter)
        return `${head}; ${ru ? "нет оплат в" : "no payments in"} ${quarterWords(p.missingQuarter, l)}`;
      if (p.quarters === 1)
        return `${head}; ${ru ? "оплаты в прошлом квартале" : "paid in the last quarter"}`;
      return `${head}; ${ru ? `оплаты в каждом из ${p.quarters} последних кварталов` : `paid in each of the last ${p.quarters} quarters`}`;
    }
    case "average-order": {
      const p = reason.params;
      if (p.orders === 0) return `${ru ? "нет заказов" : "no orders"} ${within(p.windowMonths)}`;
      const [average, min] = amounts(p.averageMinor, p.minMinor);
      return `${ru ? "средний заказ" : "average order"} ${average} ${within(p.windowMonths)} ${cmp} ${min} (${counted(l, p.orders, words.orders)})`;
    }
    case "largest-order": {
      const p = reason.params;
      if (p.largestMinor === 0) return `${ru ? "нет заказов" : "no orders"} ${within(p.windowMonths)}`;
      const [largest, min] = amounts(p.largestMinor, p.minMinor);
      return `${ru ? "крупнейший заказ" : "largest order"} ${largest} ${within(p.windowMonths)} ${cmp} ${min}`;
    }
    case "categories": {
      const p = reason.params;
      const missing = p.required.filter((id) => !p.bought.includes(id));
      if (p.bought.length === 0)
        return `${ru ? "нет покупок в категориях" : "nothing bought from"} ${categoryList(p.required)} ${within(p.windowMonths)}`;
      if (p.match === "any" || missing.length === 0)
        return `${ru ? "покупки в категориях" : "bought from"} ${categoryList(p.bought)} ${within(p.windowMonths)}`;
      const share = ru
        ? `покупки в ${p.bought.length} из ${counted(l, p.required.length, words.categoriesOf)}`
        : `bought from ${p.bought.length} of ${counted(l, p.required.length, words.categoriesOf)}`;
      return `${share} ${within(p.windowMonths)}; ${ru ? "нет" : "missing"}: ${categoryList(missing)}`;
    }
    case "payment-discipline": {
      const p = reason.params;
      const terms = ru
        ? `срок оплаты ${counted(l, p.termsDays, words.days)}`
        : `${counted(l, p.termsDays, words.days)} to pay`;
      if (p.overdue === 0)
        return `${ru ? "нет просроченных заказов" : "no overdue orders"} ${within(p.windowMonths)} (${terms})`;
      const late = ru
        ? `просрочка до ${counted(l, p.worstDaysLate, words.daysAfterUpTo)}`
        : `up to ${counted(l, p.worstDaysLate, words.days)} late`;
      const allowed = ru ? `допускается не больше ${p.maxOverdue}` : `at most ${p.maxOverdue} allowed`;
      return `${counted(l, p.overdue, words.overdueOrders)} ${within(p.windowMonths)}, ${allowed} (${terms}; ${late})`;
    }
    case "manual": {
      const p = reason.params;
      if (p.tierKey === null) return ru ? "нет ручного назначения" : "not designated by hand";
      const tier = tierName(p.tierKey, l, names);
      if (!p.met)
        return ru ? `назначен вручную только на уровень «${tier}»` : `designated by hand for ${tier} only`;
      const until = p.until
        ? ru
          ? `, до ${dateWords(p.until, l)}`
          : `, until ${dateWords(p.until, l)}`
        : "";
      return `${ru ? "особые условия" : "special terms"} (${tier}): ${p.reason ?? ""}${until}`;
    }
  }
}

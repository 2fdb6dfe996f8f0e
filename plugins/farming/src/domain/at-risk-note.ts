import { type CurrencyCode, defaultCurrency, formatMoney, type Locale, money } from "@quartet/core";
import type { HealthFactor } from "../contracts/events.ts";
import { dayCount, plural } from "./plural.ts";

type Key = HealthFactor["key"];

const names: Record<Key, Record<Locale, string>> = {
  recency: { ru: "давность заказа", en: "order recency" },
  frequency: { ru: "частота заказов", en: "order frequency" },
  trend: { ru: "динамика выручки", en: "revenue trend" },
  contact: { ru: "контакт", en: "contact" },
  issues: { ru: "просроченные задачи", en: "overdue tasks" },
};

const order: readonly Key[] = ["recency", "frequency", "trend", "contact", "issues"];

const num = (value: HealthFactor["params"][string] | undefined) => (typeof value === "number" ? value : null);

function orderCount(l: Locale, n: number) {
  return l === "ru"
    ? `${n} ${plural(n, "заказ", "заказа", "заказов")}`
    : `${n} ${n === 1 ? "order" : "orders"}`;
}

function why(l: Locale, f: HealthFactor, currency: CurrencyCode): string {
  const p = f.params;
  const ru = l === "ru";
  const days = (key: string) => dayCount(l, Math.round(num(p[key]) ?? 0));
  const sum = (key: string) => formatMoney(money(num(p[key]) ?? 0, currency), l, { dropZeroMinor: true });
  switch (f.key) {
    case "recency":
      if (num(p.days) === null) return ru ? "заказов не было" : "no orders";
      if (num(p.interval) === null)
        return ru ? `с последнего заказа ${days("days")}` : `${days("days")} since the last order`;
      return ru
        ? `с последнего заказа ${days("days")}, обычно раз в ${days("interval")}`
        : `${days("days")} since the last order, usually every ${days("interval")}`;
    case "frequency": {
      const [now, before] = [orderCount(l, num(p.orders12m) ?? 0), orderCount(l, num(p.ordersPrev12m) ?? 0)];
      return ru
        ? `${now} за 12 месяцев, годом ранее ${before}`
        : `${now} in 12 months, ${before} the year before`;
    }
    case "trend":
      return ru
        ? `${sum("revenue6mMinor")} за 6 месяцев против ${sum("revenuePrev6mMinor")} за предыдущие 6`
        : `${sum("revenue6mMinor")} in 6 months against ${sum("revenuePrev6mMinor")} in the 6 before`;
    case "contact":
      if (num(p.days) === null)
        return ru
          ? `контактов не было, связь раз в ${days("cadence")}`
          : `never contacted, due every ${days("cadence")}`;
      return ru
        ? `последний контакт ${days("days")} назад, связь раз в ${days("cadence")}`
        : `last contact ${days("days")} ago, due every ${days("cadence")}`;
    case "issues": {
      const n = num(p.overdueTasks) ?? 0;
      return ru
        ? `${n} ${plural(n, "задача просрочена", "задачи просрочены", "задач просрочено")}`
        : `${n} overdue ${n === 1 ? "task" : "tasks"}`;
    }
  }
}

/**
 * The note of an at-risk task: the factors that cost the score most points (at most `max`, the
 * heaviest loss first, none that lost nothing), each named with its numbers, in the organisation's
 * language; empty when no factor lost anything.
 *
 * @example atRiskNote("ru", factors) // "Что снижает здоровье:\n— давность заказа (−30 баллов): с последнего заказа 90 дней, обычно раз в 30 дней"
 */
export function atRiskNote(
  l: Locale,
  factors: readonly HealthFactor[],
  currency: CurrencyCode = defaultCurrency,
  max = 3,
): string {
  const totalWeight = factors.reduce((s, f) => s + f.weight, 0);
  if (totalWeight <= 0) return "";
  const lost = (f: HealthFactor) => Math.round((f.weight / totalWeight) * 100 - f.points);
  const weakest = factors
    .filter((f) => lost(f) > 0)
    .sort((a, b) => lost(b) - lost(a) || order.indexOf(a.key) - order.indexOf(b.key))
    .slice(0, max);
  if (weakest.length === 0) return "";
  const points = (n: number) =>
    l === "ru" ? `−${n} ${plural(n, "балл", "балла", "баллов")}` : `−${n} ${n === 1 ? "point" : "points"}`;
  const lines = weakest.map((f) => `— ${names[f.key][l]} (${points(lost(f))}): ${why(l, f, currency)}`);
  return [l === "ru" ? "Что снижает здоровье:" : "What pulls health down:", ...lines].join("\n");
}

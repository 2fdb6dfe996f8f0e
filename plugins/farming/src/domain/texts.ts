import type { Locale } from "@quartet/core";
import { dayCount, plural } from "./plural.ts";

export { atRiskNote } from "./at-risk-note.ts";
export { maturityTimelineText } from "./maturity-text.ts";
export { offerEvidence } from "./offer-evidence.ts";

/**
 * The title of the task a farmer gets when a client is late to buy, in the organisation's language.
 *
 * @example lateTaskTitle("ru", { clientName: "ООО «Ромашка»" }) // "Повторный заказ задерживается: ООО «Ромашка»"
 */
export function lateTaskTitle(l: Locale, p: { clientName: string }): string {
  return l === "ru"
    ? `Повторный заказ задерживается: ${p.clientName}`
    : `Repeat order is late: ${p.clientName}`;
}

/**
 * Why a client is late to buy, stored with the task: its usual rhythm (whole days) and the days
 * since its last order, with or without the category.
 *
 * @example lateReason("ru", { categoryName: "Кабель", intervalDays: 34, daysSince: 51 }) // "покупает «Кабель» примерно раз в 34 дня; с последнего заказа прошёл 51 день"
 * @example lateReason("en", { categoryName: "Cable", intervalDays: 34, daysSince: 51 }) // "buys Cable every ~34 days; 51 days since the last order"
 */
export function lateReason(
  l: Locale,
  p: { categoryName: string | null; intervalDays: number; daysSince: number },
): string {
  const every = Math.round(p.intervalDays);
  const since = p.daysSince;
  if (l === "ru") {
    const what = p.categoryName === null ? "" : ` «${p.categoryName}»`;
    const rhythm = every === 1 ? "примерно каждый день" : `примерно раз в ${dayCount(l, every)}`;
    const passed = plural(since, "прошёл", "прошло", "прошло");
    return `покупает${what} ${rhythm}; с последнего заказа ${passed} ${dayCount(l, since)}`;
  }
  const what = p.categoryName === null ? "" : ` ${p.categoryName}`;
  const rhythm = every === 1 ? "about daily" : `every ~${dayCount(l, every)}`;
  return `buys${what} ${rhythm}; ${dayCount(l, since)} since the last order`;
}

/**
 * The title of the task a farmer gets when a client's health falls to at-risk.
 *
 * @example atRiskTaskTitle("en", { clientName: "Romashka LLC", score: 32 }) // "Client at risk, health 32 of 100: Romashka LLC"
 */
export function atRiskTaskTitle(l: Locale, p: { clientName: string; score: number }): string {
  return l === "ru"
    ? `Клиент под угрозой ухода, здоровье ${p.score} из 100: ${p.clientName}`
    : `Client at risk, health ${p.score} of 100: ${p.clientName}`;
}

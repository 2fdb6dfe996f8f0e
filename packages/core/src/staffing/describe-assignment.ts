import type { SalesFunction } from "../functions.ts";
import type { Locale, LocalizedText } from "../i18n.ts";
import type { AssignmentResult, Candidate } from "./assignment.ts";

const functionNames: Record<SalesFunction, LocalizedText> = {
  prospecting: { en: "prospecting", ru: "Лидогенерация" },
  "first-sale": { en: "first sale", ru: "Первая продажа" },
  farming: { en: "client development", ru: "Развитие клиентов" },
  vip: { en: "VIP clients", ru: "VIP-клиенты" },
};

/** «специалиста по первой продаже»: the function after «по», as a Russian speaker says it. */
const specialistOf: Record<SalesFunction, LocalizedText> = {
  prospecting: { en: "prospecting", ru: "лидогенерации" },
  "first-sale": { en: "first sale", ru: "первой продаже" },
  farming: { en: "client development", ru: "развитию клиентов" },
  vip: { en: "VIP clients", ru: "VIP-клиентам" },
};

const reasons: Record<AssignmentResult["reason"], Record<Locale, (fn: string) => string>> = {
  "existing-owner": { en: () => "already works with this client", ru: () => "уже ведёт этого клиента" },
  "round-robin": { en: () => "next in turn", ru: () => "по очереди" },
  "least-busy": { en: () => "least busy", ru: () => "наименьшая загрузка" },
  specialist: { en: (fn) => `the ${fn} specialist`, ru: (fn) => `специалист по функции «${fn}»` },
  "nobody-covers": { en: (fn) => `nobody covers ${fn}`, ru: (fn) => `функцию «${fn}» никто не ведёт` },
  "all-paused": { en: (fn) => `everyone on ${fn} is paused`, ru: (fn) => `все на функции «${fn}» на паузе` },
  "all-at-capacity": {
    en: (fn) => `everyone on ${fn} has reached today's limit`,
    ru: (fn) => `у всех на функции «${fn}» исчерпан лимит на сегодня`,
  },
};

function load({ assignedToday: today, capacityPerDay: capacity }: Candidate, locale: Locale): string {
  if (capacity === null) return locale === "ru" ? `${today} сегодня, без лимита` : `${today} today, no limit`;
  return locale === "ru" ? `${today} из ${capacity} сегодня` : `${today} of ${capacity} today`;
}

/**
 * A short sentence explaining an assignment result, using the person's name when known.
 * The Russian wording avoids gendered past participles, since the name alone does not tell.
 *
 * @example describeAssignment(result, "en") // "Assigned to Ivan: least busy (3 of 10 today)"
 * @example describeAssignment(result, "ru") // "Ответственный: Иван — наименьшая загрузка (3 из 10 сегодня)"
 * @example describeAssignment(specialist, "ru") // "Назначено на специалиста по первой продаже: Иван (0 сегодня, без лимита)"
 */
export function describeAssignment(result: AssignmentResult, locale: Locale): string {
  const why = reasons[result.reason][locale](functionNames[result.function][locale]);
  if (!result.ok) return locale === "ru" ? `Некого назначить: ${why}` : `Nobody assigned: ${why}`;
  const who = result.assignee.name?.trim() || result.userId;
  const today = load(result.assignee, locale);
  if (result.reason === "specialist") {
    const fn = specialistOf[result.function][locale];
    return locale === "ru"
      ? `Назначено на специалиста по ${fn}: ${who} (${today})`
      : `Assigned to the ${fn} specialist: ${who} (${today})`;
  }
  return locale === "ru"
    ? `Ответственный: ${who} — ${why} (${today})`
    : `Assigned to ${who}: ${why} (${today})`;
}

import { formatNumber } from "../i18n/format.ts";
import { findMessage, translate } from "../i18n/translate.ts";
import type { Locale, MessageKey, MessageParams, Translation } from "../i18n/types.ts";

/** The words of timeline entries the system writes: stages, functions, handoff steps, stage reasons. */
const en = {
  system: "System",
  stages: { prospect: "Prospect", lead: "Lead", negotiation: "Negotiation", customer: "Customer" },
  functions: {
    prospecting: "Prospecting",
    "first-sale": "First sale",
    farming: "Client development",
    vip: "VIP clients",
  },
  stageChange: "{from} → {to}",
  withReason: "{change}: {reason}",
  reasons: {
    "first-payment": "first payment received",
    "deal-created": "deal “{title}” opened",
    "deal-won": "deal “{title}” won",
    "request-qualified": "request qualified ({source})",
  },
  owner: {
    set: "Responsible for {function}: {name}",
    cleared: "Nobody is responsible for {function} now",
  },
  merged: { into: "Merged with {name}", from: "Merged into {name}" },
  handoff: {
    requested: "Handed over: {from} → {to}",
    accepted: "Handoff accepted: {from} → {to}",
    rejected: "Handoff rejected: {from} → {to}",
    cancelled: "Handoff cancelled: {from} → {to}",
    expired: "Handoff expired, nobody accepted it in time: {from} → {to}",
    withDetail: "{step}. {detail}",
    withReason: "{step}. Reason: {detail}",
  },
} as const;

const ru: Translation<typeof en> = {
  system: "Система",
  stages: { prospect: "Потенциальный", lead: "Лид", negotiation: "Переговоры", customer: "Покупатель" },
  functions: {
    prospecting: "Лидогенерация",
    "first-sale": "Первая продажа",
    farming: "Развитие клиентов",
    vip: "VIP-клиенты",
  },
  stageChange: "{from} → {to}",
  withReason: "{change}: {reason}",
  reasons: {
    "first-payment": "получена первая оплата",
    "deal-created": "открыта сделка «{title}»",
    "deal-won": "сделка «{title}» выиграна",
    "request-qualified": "заявка квалифицирована ({source})",
  },
  owner: {
    set: "Ответственный за функцию «{function}»: {name}",
    cleared: "За функцию «{function}» теперь никто не отвечает",
  },
  merged: { into: "Объединён с клиентом «{name}»", from: "Объединён в клиента «{name}»" },
  handoff: {
    requested: "Передача: {from} → {to}",
    accepted: "Передача принята: {from} → {to}",
    rejected: "Передача отклонена: {from} → {to}",
    cancelled: "Передача отменена: {from} → {to}",
    expired: "Передача просрочена, никто не принял вовремя: {from} → {to}",
    withDetail: "{step}. {detail}",
    withReason: "{step}. Причина: {detail}",
  },
};

/** A key of the timeline words. */
export type TimelineKey = MessageKey<typeof en>;

/** True when a key built at runtime (from a stage or function id read from data) has a word. */
export function hasTimelineWord(key: string): key is TimelineKey {
  return findMessage(en, key) !== undefined;
}

/** One timeline word in `locale`, with `{placeholders}` filled. */
export function timelineWord(locale: Locale, key: TimelineKey, params?: MessageParams): string {
  return translate({
    dictionaries: { en, ru },
    locale,
    fallback: "en",
    key,
    params,
    formatNumber: (value) => formatNumber(locale, value),
  });
}

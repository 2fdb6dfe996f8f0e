import { describe, expect, it } from "vitest";
import type { Locale } from "../i18n/types.ts";
import { type TimelineEntryText, timelineAuthor, timelineText } from "./timeline-text.ts";

const stage = (data: Record<string, unknown>, body = "ignored"): TimelineEntryText => ({
  type: "stage-change",
  body,
  data,
});
const handoff = (data: Record<string, unknown>, body = "ignored"): TimelineEntryText => ({
  type: "handoff",
  body,
  data,
});
const fromFirstSale = { from: "first-sale", to: "farming" };
const merged = { event: "merged", fromId: "cli_b", fromName: "Бета", intoId: "cli_a", intoName: "Альфа" };
const assigned = "Ответственный: Иван — по очереди (1 сегодня, без лимита). Хочет КП";

const cases: [string, TimelineEntryText, Record<Locale, string>][] = [
  [
    "stage change without a reason",
    stage({ from: "lead", to: "negotiation", reason: null }),
    { ru: "Лид → Переговоры", en: "Lead → Negotiation" },
  ],
  [
    "stage change with a person's reason, kept as written",
    stage({ from: "customer", to: "lead", reason: "Сделка сорвалась" }),
    { ru: "Покупатель → Лид: Сделка сорвалась", en: "Customer → Lead: Сделка сорвалась" },
  ],
  [
    "stage change for the first payment",
    stage({
      from: "negotiation",
      to: "customer",
      reason: "Получена первая оплата",
      reasonCode: "first-payment",
    }),
    {
      ru: "Переговоры → Покупатель: получена первая оплата",
      en: "Negotiation → Customer: first payment received",
    },
  ],
  [
    "an older stage change with the English first-payment text",
    stage({ from: "negotiation", to: "customer", reason: "First payment received" }),
    {
      ru: "Переговоры → Покупатель: получена первая оплата",
      en: "Negotiation → Customer: first payment received",
    },
  ],
  [
    "stage change for a new deal",
    stage({
      from: "prospect",
      to: "negotiation",
      reasonCode: "deal-created",
      reasonParams: { title: "Сыр" },
    }),
    {
      ru: "Потенциальный → Переговоры: открыта сделка «Сыр»",
      en: "Prospect → Negotiation: deal “Сыр” opened",
    },
  ],
  [
    "stage change for a won deal",
    stage({ from: "negotiation", to: "customer", reasonCode: "deal-won", reasonParams: { title: "Сыр" } }),
    { ru: "Переговоры → Покупатель: сделка «Сыр» выиграна", en: "Negotiation → Customer: deal “Сыр” won" },
  ],
  [
    "stage change with a code this version does not know keeps the stored reason",
    stage({
      from: "prospect",
      to: "lead",
      reasonCode: "contract-signed",
      reason: "Contract signed",
    }),
    { ru: "Потенциальный → Лид: Contract signed", en: "Prospect → Lead: Contract signed" },
  ],
  [
    "stage change by a qualified request",
    stage({
      from: "prospect",
      to: "lead",
      reasonCode: "request-qualified",
      reasonParams: { source: "site" },
      reason: "Qualified request req_1",
    }),
    {
      ru: "Потенциальный → Лид: заявка квалифицирована (site)",
      en: "Prospect → Lead: request qualified (site)",
    },
  ],
  [
    "stage change with unknown stages shows the body",
    stage({ from: "lost", to: "lead" }, "lost → lead"),
    { ru: "lost → lead", en: "lost → lead" },
  ],
  [
    "handoff requested, with who was assigned and the note",
    handoff({ step: "requested", ...fromFirstSale, detail: assigned }),
    {
      ru: `Передача: Первая продажа → Развитие клиентов. ${assigned}`,
      en: `Handed over: First sale → Client development. ${assigned}`,
    },
  ],
  [
    "handoff accepted",
    handoff({ step: "accepted", ...fromFirstSale, detail: null }),
    {
      ru: "Передача принята: Первая продажа → Развитие клиентов",
      en: "Handoff accepted: First sale → Client development",
    },
  ],
  [
    "handoff rejected, with the reason",
    handoff({ step: "rejected", ...fromFirstSale, detail: "Не наш профиль" }),
    {
      ru: "Передача отклонена: Первая продажа → Развитие клиентов. Причина: Не наш профиль",
      en: "Handoff rejected: First sale → Client development. Reason: Не наш профиль",
    },
  ],
  [
    "handoff cancelled",
    handoff({ step: "cancelled", from: "prospecting", to: "first-sale" }),
    {
      ru: "Передача отменена: Лидогенерация → Первая продажа",
      en: "Handoff cancelled: Prospecting → First sale",
    },
  ],
  [
    "handoff expired",
    handoff({ step: "expired", from: "farming", to: "vip" }),
    {
      ru: "Передача просрочена, никто не принял вовремя: Развитие клиентов → VIP-клиенты",
      en: "Handoff expired, nobody accepted it in time: Client development → VIP clients",
    },
  ],
  [
    "an older handoff that named the functions by id in the body only",
    handoff({ step: "requested", to: "farming" }, `Передача first-sale → farming: ${assigned}`),
    {
      ru: `Передача: Первая продажа → Развитие клиентов. ${assigned}`,
      en: `Handed over: First sale → Client development. ${assigned}`,
    },
  ],
  [
    "an older decided handoff in English",
    handoff({ step: "accepted" }, "Handoff accepted prospecting → first-sale"),
    {
      ru: "Передача принята: Лидогенерация → Первая продажа",
      en: "Handoff accepted: Prospecting → First sale",
    },
  ],
  [
    "a handoff whose step is unknown shows the body",
    handoff({ step: "paused", ...fromFirstSale }, "Передача приостановлена"),
    { ru: "Передача приостановлена", en: "Передача приостановлена" },
  ],
  [
    "a new responsible member",
    {
      type: "system",
      body: "Responsible for farming: Борис",
      data: { event: "owner-changed", function: "farming", from: null, to: "usr_1", toName: "Борис" },
    },
    {
      ru: "Ответственный за функцию «Развитие клиентов»: Борис",
      en: "Responsible for Client development: Борис",
    },
  ],
  [
    "nobody responsible any more",
    {
      type: "system",
      body: "Nobody is responsible for prospecting now",
      data: { event: "owner-changed", function: "prospecting", from: "usr_1", to: null, toName: null },
    },
    {
      ru: "За функцию «Лидогенерация» теперь никто не отвечает",
      en: "Nobody is responsible for Prospecting now",
    },
  ],
  [
    "a merge, on the client that was kept",
    { type: "system", body: "Merged with Бета", clientId: "cli_a", data: merged },
    { ru: "Объединён с клиентом «Бета»", en: "Merged with Бета" },
  ],
  [
    "a merge, on the client that was merged away",
    { type: "system", body: "Merged into Альфа", clientId: "cli_b", data: merged },
    { ru: "Объединён в клиента «Альфа»", en: "Merged into Альфа" },
  ],
  [
    "a plugin's system entry keeps the body the organisation's language gave it",
    { type: "system", body: "Сделка «Сыр» выиграна", data: { event: "deal-won", dealId: "deal_1" } },
    { ru: "Сделка «Сыр» выиграна", en: "Сделка «Сыр» выиграна" },
  ],
  [
    "a call shows its body as written",
    { type: "call", body: "Обсудили цены {title}", data: {} },
    { ru: "Обсудили цены {title}", en: "Обсудили цены {title}" },
  ],
  [
    "an unknown type shows its body",
    { type: "plugin-thing", body: "Something happened", data: null },
    { ru: "Something happened", en: "Something happened" },
  ],
];

describe("timelineText", () => {
  it.each(cases)("%s", (_, entry, expected) => {
    expect(timelineText(entry, "ru")).toBe(expected.ru);
    expect(timelineText(entry, "en")).toBe(expected.en);
  });
});

describe("timelineAuthor", () => {
  it.each([
    ["system", "system", "Система", "System"],
    ["usr_1", "Анна Петрова", "Анна Петрова", "Анна Петрова"],
  ])("author %s named %s", (authorId, authorName, ru, en) => {
    const entry = { type: "note", body: "", authorId, authorName };
    expect(timelineAuthor(entry, "ru")).toBe(ru);
    expect(timelineAuthor(entry, "en")).toBe(en);
  });
});

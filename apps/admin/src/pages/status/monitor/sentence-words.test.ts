import { createI18n, createLocaleStore } from "@quartet/ui/pure";
import { describe, expect, it } from "vitest";
import { en } from "../../../i18n/en.ts";
import { ru } from "../../../i18n/ru.ts";
import type { SentenceData } from "./monitor-types.ts";
import { sentenceWords } from "./sentence-words.ts";

const overdue = { en: "Clients overdue for contact", ru: "Клиенты с просроченным контактом" };

const cases: [string, SentenceData, string, string][] = [
  [
    "the weakest leg with its numbers",
    {
      subject: "farming",
      clauses: [
        { code: "reading", label: overdue, value: 38, target: 20, unit: "percent" },
        { code: "waiting-for-farmer", count: 12 },
      ],
      action: null,
    },
    "Развитие клиентов: клиенты с просроченным контактом — 38 % (цель 20 %); 12 выигранных клиентов ждут фермера дольше срока передачи",
    "Client development: clients overdue for contact — 38% (target 20%); 12 won clients wait for a farmer past the handoff deadline",
  ],
  [
    "a missing leg, its reasons and the others missing",
    {
      subject: "first-sale",
      clauses: [
        { code: "missing-reason", reason: "plugin-disabled" },
        { code: "also-missing", functions: ["farming", "vip"] },
      ],
      action: "enable-plugin",
    },
    "Первая продажа: её модуль не включён; ещё нет: Развитие клиентов, VIP-клиенты",
    "First sale: its plugin is not enabled; also missing: Client development, VIP clients",
  ],
  [
    "a reading without a target, its label opening with an abbreviation",
    {
      subject: "vip",
      clauses: [
        {
          code: "reading",
          label: { en: "NRR, 12 months", ru: "NRR за 12 месяцев" },
          value: 82.5,
          target: null,
          unit: "percent",
        },
      ],
      action: null,
    },
    "VIP-клиенты: NRR за 12 месяцев — 82,5 %",
    "VIP clients: NRR, 12 months — 82.5%",
  ],
  [
    "not enough data on some legs",
    { subject: null, clauses: [{ code: "no-data", functions: ["first-sale", "vip"] }], action: null },
    "Пока не хватает данных, чтобы оценить: Первая продажа, VIP-клиенты; ниже цели пока ничего нет.",
    "Not enough data yet to judge First sale, VIP clients; no leg is off target so far.",
  ],
  [
    "more clients waiting than the leg takes a day",
    {
      subject: "first-sale",
      clauses: [{ code: "over-capacity", count: 14, capacityPerDay: 10 }],
      action: null,
    },
    "Первая продажа: 14 клиентов ждут, пока их возьмут, — больше, чем люди берут за день (10)",
    "First sale: 14 clients wait to be taken, more than its people take a day (10)",
  ],
  [
    "one lead, one rejection",
    {
      subject: "first-sale",
      clauses: [
        { code: "leads-not-taken", count: 1 },
        { code: "rejected-30d", count: 3 },
      ],
      action: null,
    },
    "Первая продажа: 1 лид не взят в сделку; 3 передачи отклонены за 30 дней",
    "First sale: 1 lead not taken into a deal; 3 handoffs rejected in 30 days",
  ],
];

describe("sentenceWords", () => {
  it.each(cases)("%s", (_name, sentence, inRussian, inEnglish) => {
    const i18n = createI18n({ en, ru }, { store: createLocaleStore({ storage: null, initial: "ru" }) });
    expect(sentenceWords(i18n, sentence).replace(/\u00a0|\u202f/g, " ")).toBe(inRussian);
    i18n.setLocale("en");
    expect(sentenceWords(i18n, sentence)).toBe(inEnglish);
  });
});

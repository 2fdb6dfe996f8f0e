import { createI18n, createLocaleStore } from "@quartet/ui/pure";
import { describe, expect, it } from "vitest";
import { en } from "../../../i18n/en.ts";
import { ru } from "../../../i18n/ru.ts";
import type { SignalData } from "./readiness-types.ts";
import { signalWords, type Viewer } from "./signal-words.ts";

const anna = { userId: "usr_anna", name: "Анна" };
const owner: Viewer = { userId: "usr_anna", isOwner: true };
const head: Viewer = { userId: "usr_boris", isOwner: false };
const base = { severity: "advice", href: "/team" } as const;
const zero = { weeks: 0, waiting: 0, capacityPerDay: 0, loadPercent: 0, clients: 0, tasks: 0 };

const cases: [string, SignalData, Viewer, string, string][] = [
  [
    "the owner's own calls",
    {
      ...base,
      key: "hire-callers",
      code: "hire-callers",
      person: anna,
      numbers: { callsPerWeek: 64, weeks: 3, threshold: 50 },
    },
    owner,
    "Пора нанять звонящих. Вы сделали 64 холодных звонка за неделю в среднем за последние 3 недели. Звонящие на полставки освободят ваше время для сделок.",
    "Time to hire callers. You made 64 cold calls a week on average over the last 3 weeks. Part-time callers would free your time for deals.",
  ],
  [
    "someone else's calls",
    {
      ...base,
      key: "hire-callers",
      code: "hire-callers",
      person: anna,
      numbers: { callsPerWeek: 51, weeks: 3, threshold: 50 },
    },
    head,
    "Пора нанять звонящих. Анна — 51 холодный звонок за неделю в среднем за последние 3 недели, помимо другой работы. Звонящие на полставки освободят это время.",
    "Time to hire callers. Анна made 51 cold calls a week on average over the last 3 weeks, besides their other work. Part-time callers would free that time.",
  ],
  [
    "overdue clients and who farms",
    {
      ...base,
      key: "hire-farmer",
      code: "hire-farmer",
      reason: "overdue",
      coveredBy: [anna, { userId: "usr_olga", name: "Ольга" }],
      numbers: { overdue: 12, portfolio: 45, cadenceDays: 30, threshold: 10 },
    },
    head,
    "Пора нанять фермера. 12 выигранных клиентов без звонка, встречи или сообщения дольше 30 дней (из 45). Развитием клиентов занимаются: Анна, Ольга.",
    "Time to hire a farmer. 12 won clients have had no call, meeting or message for over 30 days (of 45). Client development: Анна, Ольга.",
  ],
  [
    "overdue by a cadence whose number takes the singular",
    {
      ...base,
      key: "hire-farmer",
      code: "hire-farmer",
      reason: "overdue",
      coveredBy: "nobody",
      numbers: { overdue: 21, portfolio: 60, cadenceDays: 21, threshold: 10 },
    },
    head,
    "Пора нанять фермера. 21 выигранный клиент без звонка, встречи или сообщения дольше 21 дня (из 60). Развитием клиентов никто не занимается.",
    "Time to hire a farmer. 21 won clients have had no call, meeting or message for over 21 days (of 60). Nobody covers client development.",
  ],
  [
    "a portfolio the owner farms alone",
    {
      ...base,
      key: "hire-farmer",
      code: "hire-farmer",
      reason: "portfolio",
      coveredBy: "owner",
      numbers: { overdue: 0, portfolio: 31, cadenceDays: 30, threshold: 30 },
    },
    owner,
    "Пора нанять фермера. У вас 31 выигранный клиент. Развитием клиентов занимаетесь только вы.",
    "Time to hire a farmer. You have 31 won clients. Only you cover client development.",
  ],
  [
    "big clients without VIP",
    {
      ...base,
      href: "/functions",
      key: "enable-vip",
      code: "enable-vip",
      numbers: { clients: 3, thresholdMinor: 300_000_000, revenueMinor: 1_000_000_000, sharePercent: 71 },
    },
    head,
    "Пора включить VIP. 3 клиента заплатили от 3 000 000 ₽ каждый за последние 12 месяцев — 71 % выручки (10 000 000 ₽). VIP-клиенты не включены.",
    "Time to enable VIP. 3 clients paid ₽3,000,000 or more each in the last 12 months — 71% of your revenue (₽10,000,000). The VIP leg is not enabled.",
  ],
  [
    "a leg over capacity",
    {
      ...base,
      key: "split-function:farming",
      code: "split-function",
      function: "farming",
      reason: "over-capacity",
      person: null,
      numbers: { ...zero, weeks: 3, waiting: 40, capacityPerDay: 20, loadPercent: 200 },
    },
    head,
    "Пора выделить отдел: Развитие клиентов. Клиентов, ждущих, пока их возьмут, было 200 % от того, что люди берут за день, — 3 недели подряд (40 ждут при 20 в день).",
    "Time to make Client development a department. Clients waiting to be taken stood at 200% of what its people take a day for 3 weeks in a row (40 waiting, 20 a day).",
  ],
  [
    "a leg on one person",
    {
      ...base,
      key: "split-function:first-sale",
      code: "split-function",
      function: "first-sale",
      reason: "solo-holder",
      person: anna,
      numbers: { ...zero, clients: 152, tasks: 61 },
    },
    head,
    "Пора выделить отдел: Первая продажа. Всё держится на одном человеке — Анна: 152 клиента и 61 открытая задача.",
    "Time to make First sale a department. It rests on one person, Анна: 152 clients and 61 open tasks.",
  ],
];

describe("signalWords", () => {
  it.each(cases)("%s", (_, signal, viewer, inRussian, inEnglish) => {
    const i18n = createI18n({ en, ru }, { store: createLocaleStore({ storage: null, initial: "ru" }) });
    const words = () => {
      const w = signalWords(i18n, signal, viewer);
      return `${w.headline}. ${w.text}`.replace(/\u00a0|\u202f/g, " ");
    };
    expect(words()).toBe(inRussian);
    i18n.setLocale("en");
    expect(words()).toBe(inEnglish);
  });
});

import { describe, expect, it } from "vitest";
import { RUB } from "../../test/fixtures.ts";
import type { Reason } from "../contracts/reasons.ts";
import { decisionText, reasonText, type WordingNames } from "./texts.ts";
import type { TierDecision } from "./tier-decision.ts";

const M = 1_000_000 * RUB;
const names: WordingNames = {
  currency: "RUB",
  tiers: { gold: { ru: "Золото", en: "Gold" }, platinum: { ru: "Платина", en: "Platinum" } },
  categories: { cable: "Кабель", panels: "Щиты" },
};
const spaces = (s: string) => s.replace(/\u00A0/g, " ");
const both = (reason: Reason) =>
  [reasonText("ru", reason, names), reasonText("en", reason, names)].map(spaces);

describe("reasonText: criteria with their numbers", () => {
  it.each<[string, Reason, string, string]>([
    [
      "revenue met",
      { code: "revenue", params: { met: true, paidMinor: 520_000_000, minMinor: 5 * M, windowMonths: 12 } },
      "оплачено 5,2 млн ₽ за 12 месяцев ≥ 5 млн ₽",
      "paid 5.2 M ₽ in 12 months ≥ 5 M ₽",
    ],
    [
      "revenue short by a rouble",
      { code: "revenue", params: { met: false, paidMinor: 5 * M - RUB, minMinor: 5 * M, windowMonths: 3 } },
      "оплачено 4,9 млн ₽ за 3 месяца < 5 млн ₽",
      "paid 4.9 M ₽ in 3 months < 5 M ₽",
    ],
    [
      "tenure met",
      {
        code: "tenure",
        params: {
          met: true,
          since: "2023-01-10",
          months: 38,
          minMonths: 24,
          quarters: 4,
          quartersWithRevenue: 4,
          missingQuarter: null,
        },
      },
      "клиент с 10.01.2023: 38 месяцев ≥ 24; оплаты в каждом из 4 последних кварталов",
      "a client since 10 Jan 2023: 38 months ≥ 24; paid in each of the last 4 quarters",
    ],
    [
      "tenure with a quarter missing",
      {
        code: "tenure",
        params: {
          met: false,
          since: "2025-02-10",
          months: 13,
          minMonths: 12,
          quarters: 4,
          quartersWithRevenue: 3,
          missingQuarter: "2025-Q3",
        },
      },
      "клиент с 10.02.2025: 13 месяцев ≥ 12; нет оплат в 3 кв. 2025",
      "a client since 10 Feb 2025: 13 months ≥ 12; no payments in Q3 2025",
    ],
    [
      "tenure without orders",
      {
        code: "tenure",
        params: {
          met: false,
          since: null,
          months: 0,
          minMonths: 12,
          quarters: 0,
          quartersWithRevenue: 0,
          missingQuarter: null,
        },
      },
      "ещё нет заказов",
      "no orders yet",
    ],
    [
      "average order",
      {
        code: "average-order",
        params: {
          met: true,
          averageMinor: 412_000 * RUB,
          minMinor: 300_000 * RUB,
          orders: 22,
          windowMonths: 12,
        },
      },
      "средний заказ 412 тыс. ₽ за 12 месяцев ≥ 300 тыс. ₽ (22 заказа)",
      "average order 412 K ₽ in 12 months ≥ 300 K ₽ (22 orders)",
    ],
    [
      "largest order",
      {
        code: "largest-order",
        params: { met: false, largestMinor: 990_000 * RUB, minMinor: 1 * M, windowMonths: 1 },
      },
      "крупнейший заказ 990 тыс. ₽ за 1 месяц < 1 млн ₽",
      "largest order 990 K ₽ in 1 month < 1 M ₽",
    ],
    [
      "no orders for the largest",
      { code: "largest-order", params: { met: false, largestMinor: 0, minMinor: 1 * M, windowMonths: 6 } },
      "нет заказов за 6 месяцев",
      "no orders in 6 months",
    ],
    [
      "categories: all, one missing",
      {
        code: "categories",
        params: {
          met: false,
          match: "all",
          required: ["cable", "panels"],
          bought: ["cable"],
          windowMonths: 12,
        },
      },
      "покупки в 1 из 2 категорий за 12 месяцев; нет: «Щиты»",
      "bought from 1 of 2 categories in 12 months; missing: «Щиты»",
    ],
    [
      "categories: any, bought",
      {
        code: "categories",
        params: {
          met: true,
          match: "any",
          required: ["cable", "panels"],
          bought: ["cable"],
          windowMonths: 12,
        },
      },
      "покупки в категориях «Кабель» за 12 месяцев",
      "bought from «Кабель» in 12 months",
    ],
    [
      "payment discipline kept",
      {
        code: "payment-discipline",
        params: { met: true, overdue: 0, maxOverdue: 0, worstDaysLate: 0, termsDays: 14, windowMonths: 12 },
      },
      "нет просроченных заказов за 12 месяцев (срок оплаты 14 дней)",
      "no overdue orders in 12 months (14 days to pay)",
    ],
    [
      "payment discipline broken",
      {
        code: "payment-discipline",
        params: { met: false, overdue: 2, maxOverdue: 0, worstDaysLate: 23, termsDays: 21, windowMonths: 12 },
      },
      "2 просроченных заказа за 12 месяцев, допускается не больше 0 (срок оплаты 21 день; просрочка до 23 дней)",
      "2 overdue orders in 12 months, at most 0 allowed (21 days to pay; up to 23 days late)",
    ],
    [
      "manual designation",
      {
        code: "manual",
        params: { met: true, tierKey: "platinum", reason: "Годовой контракт", until: "2026-12-31" },
      },
      "особые условия (Платина): Годовой контракт, до 31.12.2026",
      "special terms (Platinum): Годовой контракт, until 31 Dec 2026",
    ],
    [
      "21 days late is «до 21 дня»",
      {
        code: "payment-discipline",
        params: { met: true, overdue: 1, maxOverdue: 1, worstDaysLate: 21, termsDays: 1, windowMonths: 12 },
      },
      "1 просроченный заказ за 12 месяцев, допускается не больше 1 (срок оплаты 1 день; просрочка до 21 дня)",
      "1 overdue order in 12 months, at most 1 allowed (1 day to pay; up to 21 days late)",
    ],
    [
      "no designation",
      { code: "manual", params: { met: false, tierKey: null, reason: null, until: null } },
      "нет ручного назначения",
      "not designated by hand",
    ],
  ])("%s", (_, reason, ru, en) => {
    expect(both(reason)).toEqual([ru, en]);
  });
});

describe("reasonText: grace and overrides", () => {
  it.each<[string, Reason, string, string]>([
    [
      "grace started",
      { code: "grace-started", params: { graceDays: 90, demoteOn: "2026-06-13" } },
      "льготный период 90 дней: понижение 13.06.2026, если условия не будут выполнены",
      "a grace period of 90 days: demotion on 13 Jun 2026 unless the criteria are met again",
    ],
    [
      "in grace",
      { code: "in-grace", params: { since: "2026-01-01", demoteOn: "2026-04-01", daysLeft: 1 } },
      "ниже условий с 01.01.2026: до понижения 1 день (01.04.2026)",
      "below the criteria since 1 Jan 2026: 1 day left before demotion (1 Apr 2026)",
    ],
    [
      "grace over",
      { code: "grace-expired", params: { since: "2025-12-15", graceDays: 90 } },
      "ниже условий с 15.12.2025, льготный период 90 дней истёк",
      "below the criteria since 15 Dec 2025, the 90-day grace period is over",
    ],
    [
      "recovered",
      { code: "recovered", params: { since: "2026-01-01" } },
      "условия снова выполнены (были ниже с 01.01.2026)",
      "the criteria are met again (below since 1 Jan 2026)",
    ],
    [
      "kept by hand",
      { code: "override-keep", params: { tierKey: "gold", reason: "Годовой контракт", until: null } },
      "вручную: не ниже уровня «Золото» — Годовой контракт",
      "by hand: at least Gold — Годовой контракт",
    ],
    [
      "excluded by hand",
      { code: "override-exclude", params: { reason: "Спор по долгу", until: "2026-06-30" } },
      "исключён вручную — Спор по долгу, до 30.06.2026",
      "excluded by hand — Спор по долгу, until 30 Jun 2026",
    ],
    [
      "a removed tier is not named by its key",
      { code: "tier-removed", params: { tierKey: "silver" } },
      "уровень удалён из программы",
      "the tier was removed from the program",
    ],
  ])("%s", (_, reason, ru, en) => {
    expect(both(reason)).toEqual([ru, en]);
  });
});

describe("decisionText", () => {
  const revenue: Reason = {
    code: "revenue",
    params: { met: true, paidMinor: 21 * M, minMinor: 20 * M, windowMonths: 12 },
  };
  const decision = (
    action: TierDecision["action"],
    from: string | null,
    to: string | null,
    reasons: Reason[] = [],
  ): TierDecision => ({
    action,
    by: "rules",
    from,
    to,
    next: { tierKey: to, since: null, graceStartedOn: null },
    reasons,
  });
  it.each<[string, TierDecision, string, string]>([
    [
      "promote gold → platinum",
      decision("promote", "gold", "platinum", [revenue]),
      "Повышен с «Золото» до «Платина»: оплачено 21 млн ₽ за 12 месяцев ≥ 20 млн ₽",
      "Promoted from Gold to Platinum: paid 21 M ₽ in 12 months ≥ 20 M ₽",
    ],
    ["promote null → gold", decision("promote", null, "gold"), "Присвоен уровень «Золото»", "Granted Gold"],
    [
      "demote platinum → gold",
      decision("demote", "platinum", "gold"),
      "Понижен с «Платина» до «Золото»",
      "Demoted from Platinum to Gold",
    ],
    ["demote gold → null", decision("demote", "gold", null), "Снят уровень «Золото»", "Gold withdrawn"],
    [
      "start-grace gold → gold",
      decision("start-grace", "gold", "gold"),
      "Предупреждение: уровень «Золото» под угрозой",
      "Warning: Gold at risk",
    ],
    [
      "end-grace gold → gold",
      decision("end-grace", "gold", "gold"),
      "Уровень «Золото» сохранён",
      "Gold kept",
    ],
    [
      "keep gold → gold",
      decision("keep", "gold", "gold"),
      "Уровень «Золото» без изменений",
      "Gold unchanged",
    ],
    ["none null → null", decision("none", null, null), "Без уровня", "No tier"],
  ])("%s", (_, d, ru, en) => {
    expect(spaces(decisionText("ru", d, names))).toBe(ru);
    expect(spaces(decisionText("en", d, names))).toBe(en);
  });

  it("joins several reasons with semicolons", () => {
    const grace: Reason = { code: "grace-started", params: { graceDays: 30, demoteOn: "2026-04-14" } };
    expect(spaces(decisionText("en", decision("start-grace", "gold", "gold", [revenue, grace]), names))).toBe(
      "Warning: Gold at risk: paid 21 M ₽ in 12 months ≥ 20 M ₽; a grace period of 30 days: demotion on 14 Apr 2026 unless the criteria are met again",
    );
  });
});

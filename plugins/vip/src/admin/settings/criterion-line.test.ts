import { describe, expect, it } from "vitest";
import type { Criterion } from "../../contracts/criteria.ts";
import { i18n } from "../i18n/index.ts";
import { criterionLine } from "./criterion-line.ts";

/** Text with every kind of space (Russian numbers use no-break ones) as a plain space. */
const spaced = (text: string) => text.replace(/\s/g, " ");

const criteria: [Criterion, string, string][] = [
  [
    { kind: "revenue", windowMonths: 12, minMinor: 300_000_000 },
    "Оплачено не меньше 3 000 000 ₽ за 12 мес.",
    "Paid at least",
  ],
  [{ kind: "tenure", minMonths: 24, quartersWithRevenue: 4 }, "Клиент не меньше 24 мес.", "last 4 quarters"],
  [
    { kind: "average-order", windowMonths: 6, minMinor: 5_000_000 },
    "Средний заказ не меньше 50 000 ₽",
    "over 6 months",
  ],
  [{ kind: "largest-order", windowMonths: 12, minMinor: 10_000_000 }, "Крупнейший заказ", "Largest order"],
  [
    { kind: "categories", windowMonths: 12, categoryIds: ["cat_a", "cat_b"], match: "any" },
    "категориях каталога (2) за 12 мес.",
    "from 2 catalog categories",
  ],
  [
    { kind: "payment-discipline", windowMonths: 12, maxOverdueOrders: 0 },
    "Просроченных заказов не больше 0",
    "At most 0 overdue orders",
  ],
  [{ kind: "manual" }, "Назначен вручную", "Assigned by hand"],
];

describe("a criterion as a rule in words", () => {
  it.each(criteria)("words %o in Russian and English", async (criterion, ru, en) => {
    await i18n.setLocale("ru");
    expect(spaced(criterionLine(criterion, "RUB"))).toContain(ru);
    await i18n.setLocale("en");
    expect(spaced(criterionLine(criterion, "RUB"))).toContain(en);
  });
});

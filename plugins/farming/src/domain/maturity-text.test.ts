import { describe, expect, it } from "vitest";
import { maturityTimelineText } from "./maturity-text.ts";

const categories = (count: number) => ({ code: "categories", params: { count, min: 3 } });

describe("maturityTimelineText", () => {
  it.each([
    [
      "up the ladder by categories",
      "single",
      "complex",
      [categories(4)],
      "Ступень зрелости: разовые закупки → комплексное снабжение (4 категории за 12 месяцев при пороге 3)",
      "Maturity: single purchases → complex supply (4 categories in 12 months, threshold 3)",
    ],
    [
      "down the ladder",
      "complex",
      "single",
      [categories(1)],
      "Ступень зрелости: комплексное снабжение → разовые закупки (1 категория за 12 месяцев при пороге 3)",
      "Maturity: complex supply → single purchases (1 category in 12 months, threshold 3)",
    ],
    [
      "first placement, five categories",
      null,
      "complex",
      [categories(5)],
      "Ступень зрелости: комплексное снабжение (5 категорий за 12 месяцев при пороге 3)",
      "Maturity: complex supply (5 categories in 12 months, threshold 3)",
    ],
    [
      "a marked project and an unknown reason",
      "complex",
      "project",
      [
        { code: "project-order", params: {} },
        { code: "something-new", params: {} },
      ],
      "Ступень зрелости: комплексное снабжение → проекты (заказ отмечен как проект; something-new)",
      "Maturity: complex supply → projects (an order is marked as a project; something-new)",
    ],
    [
      "no reasons",
      "single",
      "complex",
      [],
      "Ступень зрелости: разовые закупки → комплексное снабжение",
      "Maturity: single purchases → complex supply",
    ],
  ] as const)("%s", (_name, from, to, reasons, ru, en) => {
    expect(maturityTimelineText("ru", from, to, reasons)).toBe(ru);
    expect(maturityTimelineText("en", from, to, reasons)).toBe(en);
  });

  it.each([
    [
      "ru",
      "RUB",
      "order-size",
      "Ступень зрелости: комплексное снабжение (заказ на 1\u00a0500\u00a0000\u00a0₽ при пороге 1\u00a0000\u00a0000,50\u00a0₽)",
    ],
    [
      "en",
      "RUB",
      "order-size",
      "Maturity: complex supply (an order of RUB\u00a01,500,000, threshold RUB\u00a01,000,000.50)",
    ],
    [
      "en",
      "USD",
      "project-order-size",
      "Maturity: projects (an order of $1,500,000, project threshold $1,000,000.50)",
    ],
  ] as const)("%s words order sizes in %s", (locale, currency, code, expected) => {
    const reason = { code, params: { amountMinor: 150_000_000, minMinor: 100_000_050 } };
    const to = code === "order-size" ? "complex" : "project";
    expect(maturityTimelineText(locale, null, to, [reason], currency)).toBe(expected);
  });
});

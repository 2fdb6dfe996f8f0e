import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../i18n/index.ts";
import { factorWhy, maturityWhy } from "./factor-text.ts";

const spaced = (text: string) => text.replace(/\s/g, " ");
afterEach(() => i18n.setLocale("ru"));

describe("factorWhy", () => {
  it.each([
    ["recency", { days: 51, interval: 34 }, "с последнего заказа 51 день, обычно раз в 34 дня"],
    ["recency", { days: 200, interval: null }, "с последнего заказа 200 дней"],
    ["frequency", { orders12m: 2, ordersPrev12m: 5 }, "2 заказа за 12 мес., годом ранее 5 заказов"],
    [
      "trend",
      { revenue6mMinor: 12_000_000, revenuePrev6mMinor: 10_000_000 },
      "120 000 ₽ за 6 мес. против 100 000 ₽ за предыдущие 6",
    ],
    ["contact", { days: 21, cadence: 14 }, "последний контакт 21 день назад, связь раз в 14 дней"],
    ["contact", { days: null, cadence: 30 }, "контактов не было, связь раз в 30 дней"],
    ["issues", { overdueTasks: 2 }, "2 просроченные задачи"],
    ["issues", { overdueTasks: 0 }, "просроченных задач нет"],
    ["something-new", {}, ""],
  ])("%s %o", (key, params, expected) => {
    i18n.setLocale("ru");
    expect(spaced(factorWhy(key, params, "RUB"))).toBe(expected);
  });
});

describe("maturityWhy", () => {
  it("words the rule that put the client on its step", () => {
    i18n.setLocale("ru");
    expect(maturityWhy({ code: "categories", params: { count: 3, min: 3 } }, "RUB")).toBe(
      "3 категории за 12 мес. (комплексное снабжение — от 3)",
    );
    expect(
      spaced(
        maturityWhy({ code: "order-size", params: { amountMinor: 50_000_000, minMinor: 30_000_000 } }, "RUB"),
      ),
    ).toBe("заказ на 500 000 ₽ (комплексное снабжение — от 300 000 ₽)");
    i18n.setLocale("en");
    expect(maturityWhy({ code: "project-order", params: {} }, "RUB")).toBe(
      "a farmer marked an order as a project",
    );
  });
});

import { describe, expect, it } from "vitest";
import { atRiskTaskTitle, lateReason, lateTaskTitle } from "./texts.ts";

describe("lateReason", () => {
  it.each([
    ["Кабель", 34, 51, "покупает «Кабель» примерно раз в 34 дня; с последнего заказа прошёл 51 день"],
    [null, 30, 50, "покупает примерно раз в 30 дней; с последнего заказа прошло 50 дней"],
    ["Лампы", 1, 1, "покупает «Лампы» примерно каждый день; с последнего заказа прошёл 1 день"],
    ["Лампы", 2, 2, "покупает «Лампы» примерно раз в 2 дня; с последнего заказа прошло 2 дня"],
    ["Лампы", 5, 5, "покупает «Лампы» примерно раз в 5 дней; с последнего заказа прошло 5 дней"],
    ["Лампы", 11, 11, "покупает «Лампы» примерно раз в 11 дней; с последнего заказа прошло 11 дней"],
    ["Лампы", 21, 21, "покупает «Лампы» примерно раз в 21 день; с последнего заказа прошёл 21 день"],
    ["Лампы", 22, 22, "покупает «Лампы» примерно раз в 22 дня; с последнего заказа прошло 22 дня"],
    ["Лампы", 25, 25, "покупает «Лампы» примерно раз в 25 дней; с последнего заказа прошло 25 дней"],
    ["Лампы", 20.5, 112, "покупает «Лампы» примерно раз в 21 день; с последнего заказа прошло 112 дней"],
    ["Лампы", 34.4, 101, "покупает «Лампы» примерно раз в 34 дня; с последнего заказа прошёл 101 день"],
  ])("ru: %s every %d days, %d since", (categoryName, intervalDays, daysSince, expected) => {
    expect(lateReason("ru", { categoryName, intervalDays, daysSince })).toBe(expected);
  });

  it.each([
    ["Cable", 34, 51, "buys Cable every ~34 days; 51 days since the last order"],
    [null, 30, 50, "buys every ~30 days; 50 days since the last order"],
    ["Lamps", 1, 1, "buys Lamps about daily; 1 day since the last order"],
    ["Lamps", 2, 21, "buys Lamps every ~2 days; 21 days since the last order"],
  ])("en: %s every %d days, %d since", (categoryName, intervalDays, daysSince, expected) => {
    expect(lateReason("en", { categoryName, intervalDays, daysSince })).toBe(expected);
  });
});

describe("task titles", () => {
  it.each([
    [
      "ru",
      "Повторный заказ задерживается: ООО «Ромашка»",
      "Клиент под угрозой ухода, здоровье 32 из 100: ООО «Ромашка»",
    ],
    ["en", "Repeat order is late: ООО «Ромашка»", "Client at risk, health 32 of 100: ООО «Ромашка»"],
  ] as const)("%s: name the client and, for at-risk, the score", (locale, late, atRisk) => {
    expect(lateTaskTitle(locale, { clientName: "ООО «Ромашка»" })).toBe(late);
    expect(atRiskTaskTitle(locale, { clientName: "ООО «Ромашка»", score: 32 })).toBe(atRisk);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "../i18n/index.ts";
import { dayReason } from "./reason-text.ts";

afterEach(() => i18n.setLocale("ru"));

const late = (intervalDays: number, daysSince: number, lateDays: number) => ({
  code: "farming.day.late-purchase",
  params: { intervalDays, daysSince, lateDays, expectedOn: "2026-05-01" },
});

describe("dayReason", () => {
  it.each([
    [late(34, 51, 17), "Покупает примерно раз в 34 дня; с последнего заказа 51 день — опаздывает на 17 дней"],
    [
      late(21.4, 32, 11),
      "Покупает примерно раз в 21 день; с последнего заказа 32 дня — опаздывает на 11 дней",
    ],
    [late(5, 22, 2), "Покупает примерно раз в 5 дней; с последнего заказа 22 дня — опаздывает на 2 дня"],
  ])("words lateness in Russian with plurals: %#", (reason, expected) => {
    i18n.setLocale("ru");
    expect(dayReason(reason)).toBe(expected);
  });

  it("words lateness in English", () => {
    i18n.setLocale("en");
    expect(dayReason(late(1, 2, 1))).toBe("Buys about every 1 day; 2 days since the last order — 1 day late");
  });

  it("says when the client was last contacted, or that it never was", () => {
    i18n.setLocale("ru");
    const base = { dueOn: "2026-05-20", daysOverdue: 3, cadenceDays: 14 };
    expect(
      dayReason({ code: "farming.day.overdue-contact", params: { ...base, lastContactOn: "2020-05-06" } }),
    ).toBe("Контакт просрочен на 3 дня: связь раз в 14 дней, последний контакт 6 мая 2020 г.");
    expect(dayReason({ code: "farming.day.overdue-contact", params: { ...base, lastContactOn: null } })).toBe(
      "Контакт просрочен на 3 дня: связь раз в 14 дней, контактов ещё не было",
    );
  });

  it("never shows a code it does not know", () => {
    expect(dayReason({ code: "farming.day.something-new", params: {} })).toBe("");
  });
});

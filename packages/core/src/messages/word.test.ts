import { describe, expect, it } from "vitest";
import { defineMessages } from "./define.ts";
import { registerMessages } from "./registry.ts";
import { wordMessage } from "./word.ts";

const m = registerMessages(
  defineMessages("test.word", {
    noSuchClient: { en: "No such client", ru: "Клиент не найден" },
    payIn: { en: "Pay in {currency}, the order's currency", ru: "Оплата — в валюте заказа ({currency})" },
    clients: {
      en: { one: "{count} client", other: "{count} clients" },
      ru: {
        one: "{count} клиент",
        few: "{count} клиента",
        many: "{count} клиентов",
        other: "{count} клиента",
      },
    },
    line: { en: "Line {line}: {message}", ru: "Строка {line}: {message}" },
  }),
);

describe("defineMessages", () => {
  it("gives each entry its namespaced key", () => {
    expect(m.noSuchClient).toBe("test.word.noSuchClient");
    expect(Object.keys(m)).toEqual(["noSuchClient", "payIn", "clients", "line"]);
  });
});

describe("wordMessage", () => {
  it.each([
    ["en", m.noSuchClient, undefined, "No such client"],
    ["ru", m.noSuchClient, undefined, "Клиент не найден"],
    ["ru", m.payIn, { currency: "RUB" }, "Оплата — в валюте заказа (RUB)"],
    ["en", m.clients, { count: 1 }, "1 client"],
    ["en", m.clients, { count: 5 }, "5 clients"],
    ["ru", m.clients, { count: 1 }, "1 клиент"],
    ["ru", m.clients, { count: 21 }, "21 клиент"],
    ["ru", m.clients, { count: 3 }, "3 клиента"],
    ["ru", m.clients, { count: 5 }, "5 клиентов"],
    ["ru", m.clients, { count: 11 }, "11 клиентов"],
    ["ru", m.clients, { count: 1.5 }, "1.5 клиента"],
    ["ru", m.line, { line: 3, message: { key: m.noSuchClient } }, "Строка 3: Клиент не найден"],
    ["ru", m.payIn, { currency: { en: "roubles", ru: "рублях" } }, "Оплата — в валюте заказа (рублях)"],
    ["en", m.payIn, { currency: { en: "roubles", ru: "рублях" } }, "Pay in roubles, the order's currency"],
    ["en", m.payIn, {}, "Pay in {currency}, the order's currency"],
    ["ru", "The settings are invalid", undefined, "The settings are invalid"],
    ["ru", "test.word.unknown", undefined, "test.word.unknown"],
  ] as const)("%s %s %j → %s", (locale, key, params, expected) => {
    expect(wordMessage(locale, key, params)).toBe(expected);
  });
});

describe("wordMessage with money", () => {
  const sums = registerMessages(
    defineMessages("test.money", { paid: { en: "Paid {sum}", ru: "Оплачено {sum}" } }),
  );
  it.each([
    ["en", "Paid RUB 1,500.50"],
    ["ru", "Оплачено 1 500,50 ₽"],
  ] as const)("%s", (locale, expected) => {
    const text = wordMessage(locale, sums.paid, { sum: { amountMinor: 150050, currency: "RUB" } });
    expect(text.replace(/\s/g, " ")).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { currencySign, formatDate, formatMoney, formatNumber, formatWholeMoney } from "./format.ts";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatMoney", () => {
  it("turns minor units into the currency's decimals", () => {
    expect(plain(formatMoney("ru", { amountMinor: 1234550, currency: "RUB" }))).toBe("12 345,50 ₽");
    expect(formatMoney("en", { amountMinor: 1234550, currency: "USD" })).toBe("US$12,345.50");
  });

  it("knows currencies without minor units", () => {
    expect(plain(formatMoney("en", { amountMinor: 500, currency: "JPY" }))).toBe("JP¥500");
  });
});

describe("formatDate", () => {
  it("shows a business date as written, whatever the time zone", () => {
    expect(formatDate("en", "2025-03-08")).toBe("8 Mar 2025");
    expect(formatDate("ru", "2025-03-08")).toBe("8 мар. 2025 г.");
  });
});

describe("formatNumber", () => {
  it("groups digits the local way", () => {
    expect(plain(formatNumber("ru", 12500))).toBe("12 500");
    expect(formatNumber("en", 12500)).toBe("12,500");
  });
});

describe("currencySign", () => {
  it("writes the sign as the interface language does", () => {
    expect(currencySign("ru", "RUB")).toBe("₽");
    expect(currencySign("en", "RUB")).toBe("₽");
    expect(currencySign("en", "USD")).toBe("$");
    expect(currencySign("ru", "EUR")).toBe("€");
  });
});

describe("formatWholeMoney", () => {
  it.each([
    ["ru", 12_345_650, "RUB", "123 457 ₽"],
    ["en", 12_345_650, "RUB", "₽123,457"],
    ["en", 99, "USD", "$1"],
    ["ru", 0, "EUR", "0 €"],
  ] as const)("%s %i %s → %s", (locale, amountMinor, currency, text) => {
    expect(plain(formatWholeMoney(locale, { amountMinor, currency }))).toBe(text);
  });
});

import { describe, expect, it } from "vitest";
import type { CurrencyCode } from "./currency.ts";
import { type FormatMoneyOptions, formatMoney } from "./format.ts";
import { money } from "./money.ts";

// Node 20's ICU separates Russian thousands and the currency sign with U+00A0 (no-break space).
describe("formatMoney", () => {
  it.each<[number, CurrencyCode, "ru" | "en", FormatMoneyOptions, string]>([
    [123456, "RUB", "ru", {}, "1\u00A0234,56\u00A0₽"],
    [-123456, "RUB", "ru", {}, "-1\u00A0234,56\u00A0₽"],
    [5, "RUB", "ru", {}, "0,05\u00A0₽"],
    [0, "RUB", "ru", {}, "0,00\u00A0₽"],
    [123400, "RUB", "ru", {}, "1\u00A0234,00\u00A0₽"],
    [123400, "RUB", "ru", { dropZeroMinor: true }, "1\u00A0234\u00A0₽"],
    [123450, "RUB", "ru", { dropZeroMinor: true }, "1\u00A0234,50\u00A0₽"],
    [Number.MAX_SAFE_INTEGER, "RUB", "ru", {}, "90\u00A0071\u00A0992\u00A0547\u00A0409,91\u00A0₽"],
    [123456, "USD", "ru", {}, "1\u00A0234,56\u00A0$"],
    [123456, "EUR", "ru", {}, "1\u00A0234,56\u00A0€"],
    [123456, "CNY", "ru", {}, "1\u00A0234,56\u00A0CN¥"],
    [123456, "KZT", "ru", {}, "1\u00A0234,56\u00A0KZT"],
    [123456, "KZT", "ru", { currencyDisplay: "narrowSymbol" }, "1\u00A0234,56\u00A0₸"],
    [1234, "JPY", "ru", {}, "1\u00A0234\u00A0¥"],
    [123456, "RUB", "en", {}, "RUB\u00A01,234.56"],
    [-123456, "RUB", "en", {}, "-RUB\u00A01,234.56"],
    [123456, "RUB", "en", { currencyDisplay: "narrowSymbol" }, "₽1,234.56"],
    [123400, "RUB", "en", { dropZeroMinor: true }, "RUB\u00A01,234"],
    [123456, "USD", "en", {}, "$1,234.56"],
    [123456, "USD", "en", { currencyDisplay: "code" }, "USD\u00A01,234.56"],
    [1234, "JPY", "en", {}, "¥1,234"],
  ])("%d %s in %s %j → %j", (amountMinor, currency, locale, opts, expected) => {
    expect(formatMoney(money(amountMinor, currency), locale, opts)).toBe(expected);
  });

  it("never breaks a Russian amount across lines", () => {
    expect(formatMoney(money(123456789, "RUB"), "ru")).not.toMatch(/ /);
  });
});

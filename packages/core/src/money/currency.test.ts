import { describe, expect, it } from "vitest";
import { currencyCodes, currencyExponent, defaultCurrency, isCurrencyCode } from "./currency.ts";

describe("currencies", () => {
  it("defaults to the rouble", () => {
    expect(defaultCurrency).toBe("RUB");
    expect(currencyCodes[0]).toBe("RUB");
  });

  it.each([
    ["RUB", 2],
    ["USD", 2],
    ["EUR", 2],
    ["CNY", 2],
    ["KZT", 2],
    ["BYN", 2],
    ["UZS", 2],
    ["AMD", 2],
    ["GBP", 2],
    ["TRY", 2],
    ["AED", 2],
    ["JPY", 0],
  ] as const)("%s has %i minor digits", (code, exponent) => {
    expect(currencyExponent(code)).toBe(exponent);
  });

  it("matches Intl's minor digits for every supported currency", () => {
    for (const code of currencyCodes) {
      const intl = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions();
      expect([code, intl.maximumFractionDigits]).toEqual([code, currencyExponent(code)]);
    }
  });

  it.each([
    ["RUB", true],
    ["JPY", true],
    ["rub", false],
    ["RUR", false],
    ["", false],
    ["toString", false],
    [null, false],
    [643, false],
  ])("isCurrencyCode(%j) is %s", (value, expected) => {
    expect(isCurrencyCode(value)).toBe(expected);
  });
});

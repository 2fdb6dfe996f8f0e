import { describe, expect, it } from "vitest";
import type { CurrencyCode } from "./currency.ts";
import { fromMajor, toMajorString } from "./major-units.ts";
import { money } from "./money.ts";

describe("fromMajor", () => {
  it.each<[string | number, CurrencyCode, number]>([
    ["1234.56", "RUB", 123456],
    ["1234,56", "RUB", 123456],
    ["1 234,56", "RUB", 123456],
    ["1\u00A0234,56", "RUB", 123456],
    ["1\u202F234\u202F567,8", "RUB", 123456780],
    ["12 345 678", "RUB", 1234567800],
    ["  99,9 ", "RUB", 9990],
    ["0,01", "RUB", 1],
    ["-0,50", "RUB", -50],
    ["\u22125", "RUB", -500],
    ["+5", "RUB", 500],
    ["-0", "RUB", 0],
    ["007", "RUB", 700],
    ["1.500", "RUB", 150],
    ["1000", "JPY", 1000],
    ["1 000,00", "JPY", 1000],
    ["90071992547409.91", "RUB", 9007199254740991],
    [19.99, "RUB", 1999],
    [0.3, "RUB", 30],
    [-0.05, "RUB", -5],
    [1e3, "JPY", 1000],
    [0, "USD", 0],
  ])("%j %s → %d minor units", (value, currency, expected) => {
    expect(fromMajor(value, currency)).toEqual(money(expected, currency));
  });

  it.each<[string | number, CurrencyCode]>([
    ["", "RUB"],
    ["   ", "RUB"],
    ["abc", "RUB"],
    ["12abc", "RUB"],
    ["1.2.3", "RUB"],
    ["1,234.56", "RUB"],
    ["1,234", "RUB"],
    ["0,001", "RUB"],
    ["100.5", "JPY"],
    ["12 34", "RUB"],
    ["1  234", "RUB"],
    ["1234 567", "RUB"],
    [",5", "RUB"],
    ["5,", "RUB"],
    ["--5", "RUB"],
    ["- 5", "RUB"],
    ["1e3", "RUB"],
    ["0x10", "RUB"],
    ["Infinity", "RUB"],
    ["5 ₽", "RUB"],
    ["90071992547409.92", "RUB"],
    [0.1 + 0.2, "RUB"],
    [Number.NaN, "RUB"],
    [Number.POSITIVE_INFINITY, "RUB"],
    [1e-7, "RUB"],
    [1e20, "RUB"],
  ])("rejects %j %s as BAD_INPUT", (value, currency) => {
    expect(() => fromMajor(value, currency)).toThrow(expect.objectContaining({ code: "BAD_INPUT" }));
  });
});

describe("toMajorString", () => {
  it.each<[number, CurrencyCode, string]>([
    [123456, "RUB", "1234.56"],
    [-123456, "RUB", "-1234.56"],
    [5, "RUB", "0.05"],
    [-5, "RUB", "-0.05"],
    [0, "RUB", "0.00"],
    [100, "USD", "1.00"],
    [1234, "JPY", "1234"],
    [-7, "JPY", "-7"],
    [Number.MAX_SAFE_INTEGER, "RUB", "90071992547409.91"],
  ])("%d %s → %s", (amountMinor, currency, expected) => {
    expect(toMajorString(money(amountMinor, currency))).toBe(expected);
  });

  it.each([0, 1, -1, 99, 123456, -987654321])("round-trips %d through fromMajor", (amountMinor) => {
    const m = money(amountMinor, "RUB");
    expect(fromMajor(toMajorString(m), "RUB")).toEqual(m);
  });
});

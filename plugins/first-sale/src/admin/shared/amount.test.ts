import { describe, expect, it } from "vitest";
import { amountText, lineTotalMinor, parseAmount, parseDecimal } from "./amount.ts";

describe("parseAmount", () => {
  it.each([
    ["120000", 12_000_000],
    ["1 200,50", 120_050],
    ["1200.5", 120_050],
    ["0,07", 7],
    ["15 000 ₽", 1_500_000],
    ["", null],
    ["-5", null],
    ["1,234", null],
    ["abc", null],
  ])("%s → %s", (text, minor) => {
    expect(parseAmount(text)).toBe(minor);
  });
});

describe("parseDecimal", () => {
  it.each([
    ["1,5", 1.5],
    ["10 %", 10],
    ["2", 2],
    ["x", null],
  ])("%s → %s", (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });
});

describe("amountText", () => {
  it.each([
    [120_050, "1200,50"],
    [12_000_000, "120000"],
    [7, "0,07"],
  ])("%i → %s", (minor, text) => {
    expect(amountText(minor)).toBe(text);
  });
});

describe("lineTotalMinor", () => {
  it.each([
    [10_000, 3, 10, 27_000],
    [3_333, 1.5, 0, 5_000],
    [999, 1, 33, 669],
    [50_000, 2, 100, 0],
  ])("%i × %d less %d %% = %i", (price, quantity, discount, total) => {
    expect(lineTotalMinor(price, quantity, discount)).toBe(total);
  });
});

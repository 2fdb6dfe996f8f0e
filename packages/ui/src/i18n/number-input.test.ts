import { describe, expect, it } from "vitest";
import { amountMinorOf, minorToText, parseDecimal } from "./number-input.ts";

describe("parseDecimal", () => {
  it.each([
    ["12", 12],
    ["1 234,5", 1234.5],
    ["1\u00a0234.50", 1234.5],
    [",5", 0.5],
    ["-3", -3],
    ["", null],
    ["12a", null],
    ["1,2,3", null],
  ])("%j → %j", (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });
});

describe("amountMinorOf", () => {
  it.each([
    ["12 500", 1_250_000],
    ["12 500,50", 1_250_050],
    ["0,1", 10],
    ["19.99", 1999],
    ["1,005", null],
    ["рубль", null],
  ])("%j → %j kopecks", (text, expected) => {
    expect(amountMinorOf(text)).toBe(expected);
  });

  it("counts a currency without minor units", () => {
    expect(amountMinorOf("150", 0)).toBe(150);
    expect(amountMinorOf("1,5", 0)).toBeNull();
  });

  it("shows minor units back as a typed number", () => {
    expect(minorToText(1_250_050)).toBe("12500.5");
    expect(amountMinorOf(minorToText(1999))).toBe(1999);
  });
});

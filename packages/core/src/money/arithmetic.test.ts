import { describe, expect, it } from "vitest";
import { add, multiply, negate, percentOf, subtract, sum } from "./arithmetic.ts";
import { type Money, money } from "./money.ts";
import type { Rounding } from "./rounding.ts";

const rub = (amountMinor: number) => money(amountMinor, "RUB");
const usd = (amountMinor: number) => money(amountMinor, "USD");
const badInput = expect.objectContaining({ code: "BAD_INPUT" });

describe("add, subtract, negate, sum", () => {
  it.each([
    [100, 250, 350, -150],
    [-100, 100, 0, -200],
    [0, 0, 0, 0],
    [1, -1, 0, 2],
  ])("%d and %d: sum %d, difference %d", (a, b, total, difference) => {
    expect(add(rub(a), rub(b))).toEqual(rub(total));
    expect(subtract(rub(a), rub(b))).toEqual(rub(difference));
  });

  it.each([
    [150, -150],
    [-1, 1],
    [0, 0],
  ])("negate(%d) is %d", (n, expected) => {
    expect(negate(rub(n))).toEqual(rub(expected));
  });

  it.each([
    ["add", () => add(rub(1), usd(1))],
    ["subtract", () => subtract(rub(1), usd(1))],
    ["sum", () => sum([rub(1), usd(1)], "RUB")],
    ["sum in another currency", () => sum([usd(1)], "RUB")],
    ["add past the safe range", () => add(rub(Number.MAX_SAFE_INTEGER), rub(1))],
  ])("%s throws BAD_INPUT", (_, act) => {
    expect(act).toThrow(badInput);
  });

  it.each([
    [[], 0],
    [[rub(199)], 199],
    [[rub(199), rub(1), rub(-50)], 150],
  ] as [Money[], number][])("sum of %j is %d", (list, expected) => {
    expect(sum(list, "RUB")).toEqual(rub(expected));
  });
});

describe("multiply", () => {
  it.each<[number, number, Rounding, number]>([
    [1999, 3, "half-up", 5997],
    [1999, 0, "half-up", 0],
    [1999, -2, "half-up", -3998],
    [1000, 1.5, "half-up", 1500],
    [333, 0.5, "half-up", 167],
    [333, 0.5, "half-even", 166],
    [335, 0.5, "half-even", 168],
    [-333, 0.5, "half-up", -167],
    [-333, 0.5, "half-even", -166],
    [1005, 1.1, "half-up", 1106],
    [1005, 1.1, "half-even", 1106],
    [1015, 1.1, "half-even", 1116],
    [25, 0.1, "half-up", 3],
    [25, 0.1, "half-even", 2],
    [1, 0.49, "half-up", 0],
    [1, 0.51, "half-even", 1],
    [12345, 0.333, "half-up", 4111],
    [100, 1e-7, "half-up", 0],
  ])("%d × %d (%s) = %d", (amount, factor, rounding, expected) => {
    expect(multiply(rub(amount), factor, rounding)).toEqual(rub(expected));
  });

  it("rounds half-up by default", () => {
    expect(multiply(rub(5), 0.5)).toEqual(rub(3));
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, 1e300])("throws BAD_INPUT for factor %d", (factor) => {
    expect(() => multiply(rub(100), factor)).toThrow(badInput);
  });
});

describe("percentOf", () => {
  it.each<[number, number, Rounding, number]>([
    [10000, 20, "half-up", 2000],
    [12345, 20, "half-up", 2469],
    [12345, 10, "half-up", 1235],
    [12345, 10, "half-even", 1234],
    [12355, 10, "half-even", 1236],
    [-12345, 10, "half-up", -1235],
    [99999, 12.5, "half-up", 12500],
    [100, 0, "half-up", 0],
    [100, 150, "half-up", 150],
  ])("%d × %d%% (%s) = %d", (amount, percent, rounding, expected) => {
    expect(percentOf(rub(amount), percent, rounding)).toEqual(rub(expected));
  });
});

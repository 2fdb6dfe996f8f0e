import { describe, expect, it } from "vitest";
import { DomainError } from "../errors.ts";
import { compare, equals, isNegative, isPositive, isZero } from "./compare.ts";
import type { CurrencyCode } from "./currency.ts";
import { assertSameCurrency, money, zero } from "./money.ts";

const rub = (amountMinor: number) => money(amountMinor, "RUB");
const usd = (amountMinor: number) => money(amountMinor, "USD");

describe("money", () => {
  it.each([0, 1, -1, 123456, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER])(
    "accepts %d minor units",
    (n) => {
      expect(money(n, "RUB")).toEqual({ amountMinor: n, currency: "RUB" });
    },
  );

  it.each([0.5, 12.34, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER + 1])(
    "rejects %d minor units as BAD_INPUT",
    (n) => {
      expect(() => money(n, "RUB")).toThrow(expect.objectContaining({ code: "BAD_INPUT" }));
    },
  );

  it("rejects an unsupported currency read from outside", () => {
    expect(() => money(100, "XXX" as CurrencyCode)).toThrow(DomainError);
  });

  it("is frozen and has no negative zero", () => {
    const m = money(-0, "RUB");
    expect(Object.is(m.amountMinor, 0)).toBe(true);
    expect(Object.isFrozen(m)).toBe(true);
  });

  it("zero is zero in its currency", () => {
    expect(zero("JPY")).toEqual({ amountMinor: 0, currency: "JPY" });
  });

  it("assertSameCurrency names both currencies", () => {
    expect(() => assertSameCurrency(rub(1), usd(1))).toThrow("Cannot mix RUB and USD amounts");
    expect(() => assertSameCurrency(rub(1), rub(2))).not.toThrow();
  });
});

describe("comparison", () => {
  it.each([
    [1, 2, -1],
    [2, 1, 1],
    [5, 5, 0],
    [-3, 0, -1],
    [0, -3, 1],
  ] as const)("compare(%d, %d) is %d", (a, b, expected) => {
    expect(compare(rub(a), rub(b))).toBe(expected);
  });

  it("sorts amounts with compare", () => {
    expect([rub(30), rub(-10), rub(20)].sort(compare).map((m) => m.amountMinor)).toEqual([-10, 20, 30]);
  });

  it("refuses to compare across currencies", () => {
    expect(() => compare(rub(1), usd(1))).toThrow(expect.objectContaining({ code: "BAD_INPUT" }));
  });

  it.each([
    [rub(100), rub(100), true],
    [rub(100), rub(101), false],
    [rub(100), usd(100), false],
  ])("equals(%j, %j) is %s", (a, b, expected) => {
    expect(equals(a, b)).toBe(expected);
  });

  it.each([
    [-1, false, true, false],
    [0, true, false, false],
    [1, false, false, true],
  ])("%d: isZero %s, isNegative %s, isPositive %s", (n, zeroExpected, negative, positive) => {
    expect([isZero(rub(n)), isNegative(rub(n)), isPositive(rub(n))]).toEqual([
      zeroExpected,
      negative,
      positive,
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { toDecimal } from "./decimal.ts";
import { divideRounded, type Rounding } from "./rounding.ts";

describe("divideRounded", () => {
  it.each<[bigint, bigint, Rounding, bigint]>([
    [10n, 4n, "half-up", 3n],
    [10n, 4n, "half-even", 2n],
    [14n, 4n, "half-even", 4n],
    [-10n, 4n, "half-up", -3n],
    [-10n, 4n, "half-even", -2n],
    [-14n, 4n, "half-even", -4n],
    [11n, 4n, "half-even", 3n],
    [9n, 4n, "half-up", 2n],
    [-9n, 4n, "half-up", -2n],
    [-11n, 4n, "half-up", -3n],
    [12n, 4n, "half-up", 3n],
    [0n, 7n, "half-up", 0n],
  ])("%d / %d (%s) = %d", (numerator, denominator, rounding, expected) => {
    expect(divideRounded(numerator, denominator, rounding)).toBe(expected);
  });
});

describe("toDecimal", () => {
  it.each([
    [1.1, 11n, 1],
    [0.1, 1n, 1],
    [-2.5, -25n, 1],
    [100, 100n, 0],
    [1e21, 10n ** 21n, 0],
    [1.5e-7, 15n, 8],
    [-0, 0n, 0],
  ])("%d reads as %d × 10^-%d", (value, digits, scale) => {
    expect(toDecimal(value)).toEqual({ digits, scale });
  });

  it.each([Number.NaN, Number.NEGATIVE_INFINITY])("rejects %d", (value) => {
    expect(() => toDecimal(value)).toThrow(expect.objectContaining({ code: "BAD_INPUT" }));
  });
});

import { describe, expect, it } from "vitest";
import { allocate } from "./allocate.ts";
import { money } from "./money.ts";

const parts = (amountMinor: number, ratios: number[]) =>
  allocate(money(amountMinor, "RUB"), ratios).map((m) => m.amountMinor);

describe("allocate", () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [100, [1, 1], [50, 50]],
    [5, [3, 7], [2, 3]],
    [5, [0.7, 0.3], [4, 1]],
    [101, [1, 1, 1, 1], [26, 25, 25, 25]],
    [1, [1, 1, 1], [1, 0, 0]],
    [2, [1, 1, 1], [1, 1, 0]],
    [10, [1, 2, 7], [1, 2, 7]],
    [100, [1, 0, 1], [50, 0, 50]],
    [3, [0, 1, 1, 0], [0, 2, 1, 0]],
    [100, [0, 0, 5], [0, 0, 100]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [-5, [0.7, 0.3], [-4, -1]],
    [0, [1, 2], [0, 0]],
    [7, [1], [7]],
    [1000, [1 / 3, 1 / 3, 1 / 3], [334, 333, 333]],
    [100, [0.1, 0.2, 0.7], [10, 20, 70]],
    [9999, [20, 30, 50], [2000, 3000, 4999]],
  ])("%d over %j → %j", (amount, ratios, expected) => {
    const result = parts(amount, ratios);
    expect(result).toEqual(expected);
    expect(result.reduce((a, b) => a + b, 0)).toBe(amount);
  });

  it.each([
    [1, [1, 1, 1]],
    [997, [3, 1, 4, 1, 5, 9, 2, 6]],
    [-123457, [0.15, 0.25, 0.6]],
    [Number.MAX_SAFE_INTEGER, [1, 1, 1]],
    [Number.MIN_SAFE_INTEGER, [2, 0.5, 7]],
  ])("parts of %d over %j add up exactly", (amount, ratios) => {
    expect(parts(amount, ratios).reduce((a, b) => a + b, 0)).toBe(amount);
  });

  it("keeps the currency", () => {
    expect(allocate(money(100, "JPY"), [1, 1]).map((m) => m.currency)).toEqual(["JPY", "JPY"]);
  });

  it.each([
    ["no ratios", []],
    ["all-zero ratios", [0, 0]],
    ["a negative ratio", [1, -1]],
    ["a NaN ratio", [1, Number.NaN]],
    ["an infinite ratio", [1, Number.POSITIVE_INFINITY]],
  ])("throws BAD_INPUT on %s", (_, ratios) => {
    expect(() => parts(100, ratios)).toThrow(expect.objectContaining({ code: "BAD_INPUT" }));
  });
});

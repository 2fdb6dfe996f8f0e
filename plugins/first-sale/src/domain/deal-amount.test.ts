import { money } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { type DealLine, dealAmount, dealTotals } from "./deal-amount.ts";

const line = (quantity: number, priceMinor: number, discountPercent = 0): DealLine => ({
  productId: null,
  name: "Сыр",
  quantity,
  price: money(priceMinor, "RUB"),
  discountPercent,
});

describe("dealAmount", () => {
  it.each([
    ["no lines: the estimate", [], 5_000_000, 5_000_000],
    ["one line", [line(2, 10_000)], 0, 20_000],
    ["the estimate is ignored once there are lines", [line(1, 10_000)], 999, 10_000],
    ["a discount rounded half-up per line", [line(1.5, 99_999, 10)], 0, 134_999],
    ["several lines add their rounded totals", [line(1, 333, 10), line(1, 333, 10)], 0, 600],
  ])("%s", (_name, lines, estimate, expected) => {
    expect(dealAmount(lines, "RUB", estimate)).toEqual(money(expected, "RUB"));
  });

  it("splits subtotal and discount", () => {
    const totals = dealTotals([line(10, 1_000, 5)], "RUB");
    expect([totals.subtotal.amountMinor, totals.discount.amountMinor, totals.total.amountMinor]).toEqual([
      10_000, 500, 9_500,
    ]);
  });

  it.each([
    ["a zero quantity", [line(0, 100)], "lines.0.quantity"],
    ["a discount over 100 %", [line(1, 100, 120)], "lines.0.discountPercent"],
    ["another currency", [{ ...line(1, 100), price: money(100, "USD") }], "lines.0.price"],
  ])("refuses %s naming the field", (_name, lines, field) => {
    expect(() => dealAmount(lines, "RUB", 0)).toThrow(
      expect.objectContaining({
        code: "BAD_INPUT",
        fields: expect.objectContaining({ [field]: expect.any(String) }),
      }),
    );
  });
});

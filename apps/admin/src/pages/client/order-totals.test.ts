import { describe, expect, it } from "vitest";
import { orderTotals } from "./order-totals.ts";

const order = (status: string, currency: string, total: number, paid: number) => ({
  status,
  currency,
  total: { amountMinor: total, currency },
  paid: { amountMinor: paid, currency },
  due: { amountMinor: Math.max(0, total - paid), currency },
});

describe("orderTotals", () => {
  it("adds up orders per currency and leaves cancelled ones out", () => {
    expect(
      orderTotals([
        order("confirmed", "RUB", 1_000_000, 400_000),
        order("confirmed", "USD", 50_000, 0),
        order("cancelled", "RUB", 9_999_900, 0),
        order("confirmed", "RUB", 500_000, 500_000),
      ]),
    ).toEqual([
      { currency: "RUB", total: 1_500_000, paid: 900_000, due: 600_000 },
      { currency: "USD", total: 50_000, paid: 0, due: 50_000 },
    ]);
  });

  it("has nothing to say without orders", () => {
    expect(orderTotals([])).toEqual([]);
  });
});

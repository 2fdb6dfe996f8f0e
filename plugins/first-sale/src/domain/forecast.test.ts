import { money } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { type ForecastDeal, forecast } from "./forecast.ts";

const deal = (amount: number, probability: number, expectedCloseOn: string | null, hunterId: string | null) =>
  ({ amount: money(amount, "RUB"), probability, expectedCloseOn, hunterId }) satisfies ForecastDeal;

describe("forecast", () => {
  const deals = [
    deal(100_000, 40, "2026-02-10", "ivan"),
    deal(50_000, 80, "2026-02-28", "maria"),
    deal(30_000, 10, "2026-03-01", "ivan"),
    deal(20_000, 60, "2026-01-05", "maria"),
    deal(10_000, 20, null, null),
    deal(333, 10, null, null),
  ];
  const result = forecast(deals, "2026-02");

  it("weights each deal by its stage's probability, by month, with late deals in the current month", () => {
    expect(result.byMonth).toEqual([
      {
        month: "2026-02",
        overdue: 1,
        currency: "RUB",
        count: 3,
        amountMinor: 170_000,
        weightedMinor: 92_000,
      },
      { month: "2026-03", overdue: 0, currency: "RUB", count: 1, amountMinor: 30_000, weightedMinor: 3_000 },
      { month: null, overdue: 0, currency: "RUB", count: 2, amountMinor: 10_333, weightedMinor: 2_033 },
    ]);
  });

  it("sums by hunter, largest weighted first", () => {
    expect(result.byHunter.map((h) => [h.hunterId, h.weightedMinor])).toEqual([
      ["maria", 52_000],
      ["ivan", 43_000],
      [null, 2_033],
    ]);
  });

  it("keeps currencies apart", () => {
    const mixed = forecast(
      [deal(100, 50, null, null), { ...deal(100, 50, null, null), amount: money(100, "USD") }],
      "2026-02",
    );
    expect(mixed.total.map((t) => [t.currency, t.weightedMinor])).toEqual([
      ["RUB", 50],
      ["USD", 50],
    ]);
  });

  it("is empty without deals", () => {
    expect(forecast([], "2026-02")).toEqual({ byMonth: [], byHunter: [], total: [] });
  });
});

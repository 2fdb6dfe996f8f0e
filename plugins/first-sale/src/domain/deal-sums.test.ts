import { describe, expect, it } from "vitest";
import { type StageSum, stageSum, sumsByCurrency } from "./deal-sums.ts";

const row = (
  stageId: string,
  currency: string,
  count: number,
  amountMinor: number,
  weightedMinor = 0,
): StageSum => ({
  stageId,
  currency,
  count,
  amountMinor,
  weightedMinor,
});

describe("stageSum", () => {
  it.each([
    [10_000, 50, 5_000],
    [10_001, 50, 5_001],
    [10_001, 10, 1_000],
    [99_999, 0, 0],
    [12_345, 100, 12_345],
  ])("%d kopecks at %d %% weigh %d", (amountMinor, probability, weighted) => {
    const sum = stageSum({ stageId: "stg_1", currency: "RUB", count: 1, amountMinor }, probability);
    expect(sum).toEqual(row("stg_1", "RUB", 1, amountMinor, weighted));
  });
});

describe("sumsByCurrency", () => {
  it("is empty without rows", () => {
    expect(sumsByCurrency([])).toEqual([]);
  });

  it("adds stages of one currency and keeps currencies apart, the most deals first", () => {
    expect(
      sumsByCurrency([
        row("stg_1", "USD", 1, 500, 50),
        row("stg_1", "RUB", 2, 1_000, 100),
        row("stg_2", "RUB", 3, 2_000, 1_000),
      ]),
    ).toEqual([
      { currency: "RUB", count: 5, amountMinor: 3_000, weightedMinor: 1_100 },
      { currency: "USD", count: 1, amountMinor: 500, weightedMinor: 50 },
    ]);
  });

  it("orders currencies with as many deals by their code", () => {
    expect(sumsByCurrency([row("s", "USD", 1, 1), row("s", "EUR", 1, 1)]).map((s) => s.currency)).toEqual([
      "EUR",
      "USD",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { rewardFor, totalsByCurrency } from "./reward.ts";

describe("rewardFor", () => {
  it.each([
    [100_000_00, 5, 5_000_00],
    [1_999_99, 5, 1_00_00],
    [10, 5, 1],
    [9, 5, 0],
    [100_00, 0, 0],
    [0, 10, 0],
    [-100_00, 10, 0],
    [333_33, 50, 166_67],
  ])("%i kopecks at %i%% → %i", (payment, percent, reward) => {
    expect(rewardFor(payment, percent)).toBe(reward);
  });
});

describe("totalsByCurrency", () => {
  it("adds up each currency on its own", () => {
    expect(
      totalsByCurrency([
        { amountMinor: 5_00, currency: "RUB" },
        { amountMinor: 1_00, currency: "EUR" },
        { amountMinor: 2_50, currency: "RUB" },
      ]),
    ).toEqual([
      { amountMinor: 1_00, currency: "EUR" },
      { amountMinor: 7_50, currency: "RUB" },
    ]);
  });

  it("is empty for no rewards", () => {
    expect(totalsByCurrency([])).toEqual([]);
  });
});

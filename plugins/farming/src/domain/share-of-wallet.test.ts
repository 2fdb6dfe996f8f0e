import { describe, expect, it } from "vitest";
import { shareOfWallet } from "./share-of-wallet.ts";

describe("shareOfWallet", () => {
  it.each([
    [300_000_00, 1_200_000_00, 0.25],
    [0, 1_200_000_00, 0],
    [-5_000_00, 1_200_000_00, 0],
    [1_500_000_00, 1_200_000_00, 1.25],
    [300_000_00, null, null],
    [300_000_00, 0, null],
  ])("revenue %d of potential %s → %s", (revenue, potential, expected) => {
    expect(shareOfWallet(revenue, potential)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { repeatPurchaseRate } from "./repeat-purchase.ts";

const order = (clientId: string, orderedOn: string) => ({ clientId, orderedOn });
const window = { from: "2026-01-01", to: "2026-04-01" };

describe("repeatPurchaseRate", () => {
  it.each([
    [
      "one of two clients came back",
      [order("a", "2026-01-05"), order("a", "2026-02-05"), order("b", "2026-01-20")],
      0.5,
    ],
    ["two orders on one day count twice", [order("a", "2026-01-05"), order("a", "2026-01-05")], 1],
    ["one client, one order", [order("a", "2026-03-31")], 0],
    [
      "orders outside the window do not count",
      [order("a", "2025-12-31"), order("a", "2026-04-01"), order("a", "2026-02-01")],
      0,
    ],
    ["nobody ordered in the window", [order("a", "2025-12-31")], null],
    ["no orders", [], null],
  ])("%s → %s", (_name, orders, expected) => {
    expect(repeatPurchaseRate(orders, window)).toBe(expected);
  });
});

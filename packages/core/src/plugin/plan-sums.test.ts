import { describe, expect, it } from "vitest";
import { paidWithin, pipelineTotals } from "./plan-sums.ts";

const december = { firstDay: "2026-12-01", lastDay: "2026-12-31" };
const paid = (clientId: string, amountMinor: number, paidOn: string, currency = "RUB") => ({
  clientId,
  amountMinor,
  currency,
  paidOn,
});

describe("paidWithin", () => {
  const payments = [
    paid("a", 100, "2026-11-30"),
    paid("a", 200, "2026-12-01"),
    paid("b", 400, "2026-12-31"),
    paid("b", 800, "2027-01-01"),
    paid("a", 1600, "2026-12-10", "USD"),
  ];
  it.each([
    ["every client, the month's days inclusive, one currency", undefined, 600],
    ["only the chosen clients", new Set(["b"]), 400],
    ["nobody chosen", new Set<string>(), 0],
  ])("sums %s", (_, clients, total) => {
    expect(paidWithin(payments, december, "RUB", clients)).toBe(total);
  });
});

describe("pipelineTotals", () => {
  it.each([
    ["nothing open", [], { count: 0, amountMinor: 0, weightedMinor: 0, otherCurrency: 0 }],
    [
      "deals weighted by their stage, rounded per deal",
      [
        { amountMinor: 100_000, currency: "RUB", probability: 30 },
        { amountMinor: 333, currency: "RUB", probability: 50 },
      ],
      { count: 2, amountMinor: 100_333, weightedMinor: 30_167, otherCurrency: 0 },
    ],
    [
      "a deal in another currency counted but not summed",
      [
        { amountMinor: 1000, currency: "RUB", probability: 100 },
        { amountMinor: 5000, currency: "USD", probability: 100 },
      ],
      { count: 2, amountMinor: 1000, weightedMinor: 1000, otherCurrency: 1 },
    ],
  ])("%s", (_, deals, expected) => {
    expect(pipelineTotals(deals, "RUB", "/deals")).toEqual({ ...expected, currency: "RUB", href: "/deals" });
  });
});

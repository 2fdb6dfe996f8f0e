import { describe, expect, it } from "vitest";
import { paymentsOf } from "./payment-fixtures.ts";
import { firstPayments, inPeriod, monthsOf, quartersUpTo, revenueByClient } from "./period.ts";

const q1 = { from: "2026-01-01", to: "2026-04-01" };

describe("inPeriod", () => {
  it.each([
    ["2026-01-01", true],
    ["2026-03-31", true],
    ["2026-04-01", false],
    ["2025-12-31", false],
  ])("%s in the first quarter: %s", (date, expected) => {
    expect(inPeriod(date, q1)).toBe(expected);
  });
});

describe("quartersUpTo", () => {
  it.each([
    ["2026-05-20", 1, [["2026-Q2", "2026-04-01", "2026-07-01"]]],
    [
      "2026-02-29",
      3,
      [
        ["2025-Q3", "2025-07-01", "2025-10-01"],
        ["2025-Q4", "2025-10-01", "2026-01-01"],
        ["2026-Q1", "2026-01-01", "2026-04-01"],
      ],
    ],
    ["2026-12-31", 0, []],
  ])("up to %s, %d quarters", (lastIn, n, expected) => {
    expect(quartersUpTo(lastIn, n).map((q) => [q.quarter, q.from, q.to])).toEqual(expected);
  });
});

describe("monthsOf", () => {
  it.each([
    [{ from: "2026-01-15", to: "2026-03-01" }, ["2026-01", "2026-02"]],
    [{ from: "2025-11-30", to: "2026-02-02" }, ["2025-11", "2025-12", "2026-01", "2026-02"]],
    [{ from: "2026-01-31", to: "2026-01-31" }, []],
  ])("%o → %j", (period, expected) => {
    expect(monthsOf(period)).toEqual(expected);
  });
});

describe("revenueByClient and firstPayments", () => {
  const payments = paymentsOf({
    a: { "2026-02-10": 1_000, "2025-12-31": 300, "2026-03-01": -200 },
    b: { "2026-04-01": 700 },
  });

  it("sums each client's payments in the period, net of refunds", () => {
    expect(Object.fromEntries(revenueByClient(payments, q1))).toEqual({ a: 800 });
  });

  it("finds each client's first payment, whatever the order", () => {
    expect(Object.fromEntries(firstPayments(payments))).toEqual({ a: "2025-12-31", b: "2026-04-01" });
    expect(firstPayments([]).size).toBe(0);
  });
});

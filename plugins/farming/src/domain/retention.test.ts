import { describe, expect, it } from "vitest";
import { paymentsOf } from "./payment-fixtures.ts";
import { netRevenueRetention, nrrByQuarter } from "./retention.ts";

const year = { from: "2025-04-01", to: "2026-04-01" };
const yearBefore = { from: "2024-04-01", to: "2025-04-01" };

describe("netRevenueRetention", () => {
  it.each([
    [
      "a client who grew and one who left",
      { grew: { "2024-06-01": 100_000, "2025-06-01": 150_000 }, left: { "2024-07-01": 100_000 } },
      { value: 0.75, base: 200_000, retained: 150_000 },
    ],
    [
      "new clients do not lift it",
      { kept: { "2024-06-01": 100_000, "2025-06-01": 100_000 }, new: { "2025-06-01": 900_000 } },
      { value: 1, base: 100_000, retained: 100_000 },
    ],
    [
      "expansion above 100 %",
      { a: { "2024-05-01": 100_000, "2025-05-01": 90_000, "2026-03-31": 30_000 } },
      { value: 1.2, base: 100_000, retained: 120_000 },
    ],
    [
      "a refund in the period counts against it",
      { a: { "2024-05-01": 100_000, "2025-05-01": 100_000, "2025-06-01": -50_000 } },
      { value: 0.5, base: 100_000, retained: 50_000 },
    ],
    [
      "a client refunded in full before is not in the base",
      { a: { "2024-05-01": 100_000, "2024-06-01": -100_000, "2025-05-01": 70_000 } },
      { value: null, base: 0, retained: 0 },
    ],
    [
      "period ends are exclusive",
      { a: { "2025-03-31": 100_000, "2026-04-01": 100_000, "2025-04-01": 60_000 } },
      { value: 0.6, base: 100_000, retained: 60_000 },
    ],
    ["no payments", {}, { value: null, base: 0, retained: 0 }],
  ])("%s", (_name, byClient, expected) => {
    expect(netRevenueRetention(paymentsOf(byClient), year, yearBefore)).toEqual(expected);
  });
});

describe("nrrByQuarter", () => {
  const payments = paymentsOf({
    a: { "2025-03-15": 100, "2025-05-15": 100, "2025-08-15": 50, "2026-01-10": 999 },
    b: { "2025-08-20": 100, "2025-11-01": 300 },
  });

  it("compares each finished quarter with the one before, leaving out the quarter under way", () => {
    expect(nrrByQuarter(payments, "2026-01-20").map((q) => [q.quarter, q.from, q.to, q.value])).toEqual([
      ["2025-Q1", "2025-01-01", "2025-04-01", null],
      ["2025-Q2", "2025-04-01", "2025-07-01", 1],
      ["2025-Q3", "2025-07-01", "2025-10-01", 0.5],
      ["2025-Q4", "2025-10-01", "2026-01-01", 2],
    ]);
  });

  it.each([
    ["2026-03-31", 1, ["2025-Q4"]],
    ["2026-04-01", 2, ["2025-Q4", "2026-Q1"]],
    ["2028-02-29", 1, ["2027-Q4"]],
  ])("on %s the last %d quarters are %j", (today, n, expected) => {
    expect(nrrByQuarter([], today, n).map((q) => q.quarter)).toEqual(expected);
  });
});

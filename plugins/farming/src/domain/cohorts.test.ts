import { describe, expect, it } from "vitest";
import { cohortRetention } from "./cohorts.ts";
import { paymentsOf } from "./payment-fixtures.ts";

describe("cohortRetention", () => {
  const payments = paymentsOf({
    old: { "2024-05-01": 500, "2025-05-01": 500 },
    a: { "2025-02-10": 100, "2025-05-10": 200, "2025-11-10": 300 },
    b: { "2025-03-31": 100 },
    c: { "2025-04-01": 1_000, "2025-04-20": 1_000 },
    d: { "2025-12-31": 50 },
    e: { "2026-01-01": 70 },
  });

  it("follows each quarter's new clients quarter by quarter, up to today's", () => {
    expect(cohortRetention(payments, "2025-12-31")).toEqual([
      { cohort: "2025-Q1", clients: 2, revenueMinor: [200, 200, 0, 300], activeClients: [2, 1, 0, 1] },
      { cohort: "2025-Q2", clients: 1, revenueMinor: [2_000, 0, 0], activeClients: [1, 0, 0] },
      { cohort: "2025-Q3", clients: 0, revenueMinor: [0, 0], activeClients: [0, 0] },
      { cohort: "2025-Q4", clients: 1, revenueMinor: [50], activeClients: [1] },
    ]);
  });

  it.each([
    [
      "no payments",
      [],
      "2026-02-15",
      2,
      [
        ["2025-Q4", 0],
        ["2026-Q1", 0],
      ],
    ],
    ["one payment", paymentsOf({ a: { "2026-02-29": 10 } }), "2026-03-31", 1, [["2026-Q1", 1]]],
    [
      "a payment after today is not known yet",
      paymentsOf({ a: { "2026-04-01": 10 } }),
      "2026-03-31",
      1,
      [["2026-Q1", 0]],
    ],
    ["no quarters asked", payments, "2025-12-31", 0, []],
  ])("%s", (_name, list, today, quarters, expected) => {
    expect(cohortRetention(list, today, quarters).map((c) => [c.cohort, c.clients])).toEqual(expected);
  });
});

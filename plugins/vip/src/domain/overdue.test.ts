import { describe, expect, it } from "vitest";
import { order } from "../../test/fixtures.ts";
import { overdueOrders } from "./overdue.ts";

const rule = { asOf: "2026-03-15", from: "2025-03-16", termsDays: 14 };

describe("overdueOrders (14-day terms, as of 2026-03-15)", () => {
  it.each([
    ["paid within the terms", order("2026-01-10", 1000, "2026-01-20"), null],
    ["paid on the due date", order("2026-01-10", 1000, "2026-01-24"), null],
    ["paid a day late", order("2026-01-10", 1000, "2026-01-25"), { daysLate: 1, paidOn: "2026-01-25" }],
    ["unpaid and past due", order("2026-02-20", 1000, null), { daysLate: 9, paidOn: null }],
    ["unpaid but not yet due", order("2026-03-05", 1000, null), null],
    ["unpaid, due today", order("2026-03-01", 1000, null), null],
    [
      "paid after the date judged: still unpaid then",
      order("2026-02-01", 1000, "2026-03-20"),
      { daysLate: 28, paidOn: null },
    ],
    ["paid late before the window", order("2024-01-10", 1000, "2024-03-01"), null],
    ["unpaid for two years: still counts", order("2024-01-10", 1000, null), { daysLate: 781, paidOn: null }],
    ["an order of zero", order("2026-01-10", 0, null), null],
    ["ordered after the date judged", order("2026-03-20", 1000, null), null],
  ])("%s", (_, row, expected) => {
    const found = overdueOrders([row], rule);
    expect(found).toEqual(
      expected === null ? [] : [{ orderId: row.orderId, dueOn: expect.any(String), ...expected }],
    );
  });

  it("gives the due date as ordering date plus the terms", () => {
    expect(overdueOrders([order("2026-02-20", 1000, null)], rule)[0]?.dueOn).toBe("2026-03-06");
    expect(overdueOrders([order("2026-02-20", 1000, null)], { ...rule, termsDays: 30 })).toEqual([]);
  });
});

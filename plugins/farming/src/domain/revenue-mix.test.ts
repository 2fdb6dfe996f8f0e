import { describe, expect, it } from "vitest";
import { paymentsOf } from "./payment-fixtures.ts";
import { existingVsNew } from "./revenue-mix.ts";

const window = { from: "2026-01-01", to: "2026-04-01" };

describe("existingVsNew", () => {
  it.each([
    [
      "a new client is new in the month of its first payment, existing after",
      { a: { "2026-01-05": 100, "2026-01-31": 50, "2026-02-01": 70 } },
      {},
      { "2026-01": [0, 150], "2026-02": [70, 0] },
    ],
    [
      "the client's first payment ever decides, even before the payments given",
      { a: { "2026-01-05": 100 }, b: { "2026-03-10": 40 } },
      { a: "2024-06-01", b: "2026-03-01" },
      { "2026-01": [100, 0], "2026-03": [0, 40] },
    ],
    [
      "payments outside the window are left out",
      { a: { "2025-12-31": 100, "2026-04-01": 100, "2026-02-28": 30 } },
      {},
      { "2026-02": [30, 0] },
    ],
    ["no payments", {}, {}, {}],
  ])("%s", (_name, byClient, firstPaidOn, expected) => {
    const rows = existingVsNew(paymentsOf(byClient), new Map(Object.entries(firstPaidOn)), window);
    expect(rows.map((r) => r.month)).toEqual(["2026-01", "2026-02", "2026-03"]);
    const nonZero = rows.filter((r) => r.existingMinor || r.newMinor);
    expect(Object.fromEntries(nonZero.map((r) => [r.month, [r.existingMinor, r.newMinor]]))).toEqual(
      expected,
    );
  });
});

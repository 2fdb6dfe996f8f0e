import type { OrderFact, PaymentFact } from "@quartet/core";
import { describe, expect, it } from "vitest";
import { clientFacts, paidInFullOn } from "./facts.ts";

const orderFact = (
  orderId: string,
  clientId: string,
  orderedOn: string,
  totalMinor: number,
  currency = "RUB",
): OrderFact => ({
  orderId,
  clientId,
  number: orderId,
  orderedOn,
  currency,
  totalMinor,
  paidMinor: 0,
  paymentStatus: "unpaid",
  function: null,
  sourceRef: null,
  categories: [{ categoryId: "cable", totalMinor }],
});
const payment = (
  orderId: string,
  clientId: string,
  paidOn: string,
  amountMinor: number,
  currency = "RUB",
): PaymentFact => ({
  paymentId: `pay_${orderId}_${paidOn}`,
  orderId,
  clientId,
  amountMinor,
  currency,
  paidOn,
});

describe("paidInFullOn", () => {
  it.each([
    ["one payment", [["2026-01-05", 1000]], "2026-01-05"],
    [
      "two parts: the later completes it",
      [
        ["2026-01-20", 600],
        ["2026-01-05", 400],
      ],
      "2026-01-20",
    ],
    ["overpaid at once", [["2026-01-05", 1500]], "2026-01-05"],
    ["short of the total", [["2026-01-05", 999]], null],
    ["no payments", [], null],
  ] as [string, [string, number][], string | null][])("%s", (_, rows, expected) => {
    expect(
      paidInFullOn(
        1000,
        rows.map(([paidOn, amountMinor]) => ({ paidOn, amountMinor })),
      ),
    ).toBe(expected);
  });
});

describe("clientFacts", () => {
  const built = clientFacts({
    clientIds: ["cli_1", "cli_2"],
    orders: [
      orderFact("ord_2", "cli_1", "2026-02-01", 5000),
      orderFact("ord_1", "cli_1", "2025-06-01", 1000),
      orderFact("ord_usd", "cli_1", "2025-01-01", 9999, "USD"),
    ],
    payments: [
      payment("ord_1", "cli_1", "2025-06-20", 1000),
      payment("ord_2", "cli_1", "2026-02-10", 2000),
      payment("ord_usd", "cli_1", "2025-01-02", 9999, "USD"),
    ],
    currency: "RUB",
    designations: new Map([["cli_2", { tierKey: "gold", reason: "Partner", until: null }]]),
    firstOrderOn: new Map([["cli_2", "2020-05-05"]]),
  });

  it("groups each client's orders and payments, oldest first, in the organisation's currency only", () => {
    expect(built[0]).toEqual({
      clientId: "cli_1",
      firstOrderOn: "2025-06-01",
      payments: [
        { paidOn: "2025-06-20", amountMinor: 1000 },
        { paidOn: "2026-02-10", amountMinor: 2000 },
      ],
      orders: [
        {
          orderId: "ord_1",
          orderedOn: "2025-06-01",
          totalMinor: 1000,
          paidInFullOn: "2025-06-20",
          categories: [{ categoryId: "cable", totalMinor: 1000 }],
        },
        {
          orderId: "ord_2",
          orderedOn: "2026-02-01",
          totalMinor: 5000,
          paidInFullOn: null,
          categories: [{ categoryId: "cable", totalMinor: 5000 }],
        },
      ],
      designation: null,
    });
  });

  it("keeps clients without rows, with their designation and a known first order", () => {
    expect(built[1]).toEqual({
      clientId: "cli_2",
      firstOrderOn: "2020-05-05",
      payments: [],
      orders: [],
      designation: { tierKey: "gold", reason: "Partner", until: null },
    });
  });
});

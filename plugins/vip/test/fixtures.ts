import { type VipProgramInput, vipProgramSchema } from "../src/contracts/program.ts";
import type { ClientFacts, Designation, OrderRow } from "../src/domain/facts.ts";

/** 1 ₽ in kopecks, so amounts in tests read as roubles: `5_000_000 * RUB`. */
export const RUB = 100;

/** An order row: ordered on a date for a total, paid in full on a date (or not), with category lines. */
export function order(
  orderedOn: string,
  totalMinor: number,
  paidInFullOn: string | null = orderedOn,
  categories: Record<string, number> = {},
): OrderRow {
  return {
    orderId: `ord_${orderedOn}_${totalMinor}`,
    orderedOn,
    totalMinor,
    paidInFullOn,
    categories: Object.entries(categories).map(([categoryId, total]) => ({ categoryId, totalMinor: total })),
  };
}

/** A client's facts from payments `[date, amountMinor]` and orders; the first order date defaults to the earliest order. */
export function facts(input: {
  clientId?: string;
  payments?: [string, number][];
  orders?: OrderRow[];
  firstOrderOn?: string | null;
  designation?: Designation | null;
}): ClientFacts {
  const orders = input.orders ?? [];
  return {
    clientId: input.clientId ?? "cli_1",
    firstOrderOn:
      input.firstOrderOn !== undefined
        ? input.firstOrderOn
        : (orders.map((o) => o.orderedOn).sort()[0] ?? null),
    payments: (input.payments ?? []).map(([paidOn, amountMinor]) => ({ paidOn, amountMinor })),
    orders,
    designation: input.designation ?? null,
  };
}

/**
 * A two-tier program: Gold — paid ≥ 5 M ₽ in 12 months; Platinum — paid ≥ 20 M ₽ and no overdue
 * orders. 90 days of grace, 14-day terms.
 */
export function goldPlatinum(overrides: Partial<VipProgramInput> = {}) {
  return vipProgramSchema.parse({
    tiers: [
      {
        key: "gold",
        name: { ru: "Золото", en: "Gold" },
        criteria: [{ kind: "revenue", minMinor: 5_000_000 * RUB }],
        privileges: { deferredPaymentDays: 30, firstResponseHours: 8 },
      },
      {
        key: "platinum",
        name: { ru: "Платина", en: "Platinum" },
        criteria: [{ kind: "revenue", minMinor: 20_000_000 * RUB }, { kind: "payment-discipline" }],
        privileges: { firstResponseHours: 2, discountPercent: 7.5 },
      },
    ],
    ...overrides,
  });
}

import type { OrderFact, PaymentFact } from "@quartet/core";

/** A payment as criteria read it: its date and amount in minor units (a refund is negative). */
export type PaymentRow = { paidOn: string; amountMinor: number };

/** An order as criteria read it: its total, when payments first covered it, its line totals per catalog category. */
export type OrderRow = {
  orderId: string;
  orderedOn: string;
  totalMinor: number;
  /** The date the order's payments first added up to its total; null while not fully paid. */
  paidInFullOn: string | null;
  categories: { categoryId: string | null; totalMinor: number }[];
};

/** A hand designation (special terms) for a tier or above, with a reason and an optional last day. */
export type Designation = { tierKey: string; reason: string; until: string | null };

/** What the criteria of one client are evaluated on: plain rows, one currency, oldest first. */
export type ClientFacts = {
  clientId: string;
  /** The client's first order ever, for tenure; null when it has none. */
  firstOrderOn: string | null;
  payments: PaymentRow[];
  orders: OrderRow[];
  designation: Designation | null;
};

/**
 * Groups core's order and payment facts into each client's `ClientFacts`, in the organisation's
 * currency only (amounts in other currencies are left out rather than mixed). `paidInFullOn` is
 * found from the order's own payments, so pass payments covering the same span as the orders;
 * `firstOrderOn` is the earliest order passed unless the caller knows an earlier one.
 */
export function clientFacts(input: {
  clientIds: readonly string[];
  orders: readonly OrderFact[];
  payments: readonly PaymentFact[];
  currency: string;
  designations?: ReadonlyMap<string, Designation>;
  firstOrderOn?: ReadonlyMap<string, string>;
}): ClientFacts[] {
  const payments = input.payments.filter((p) => p.currency === input.currency);
  const byOrder = groupBy(payments, (p) => p.orderId);
  const paymentsOf = groupBy(payments, (p) => p.clientId);
  const ordersOf = groupBy(
    input.orders.filter((o) => o.currency === input.currency),
    (o) => o.clientId,
  );
  return input.clientIds.map((clientId) => {
    const orders = (ordersOf.get(clientId) ?? []).map((o) => orderRow(o, byOrder.get(o.orderId) ?? []));
    orders.sort((a, b) => a.orderedOn.localeCompare(b.orderedOn));
    const earliest = [input.firstOrderOn?.get(clientId), orders[0]?.orderedOn].filter((d) => d !== undefined);
    return {
      clientId,
      firstOrderOn: earliest.sort()[0] ?? null,
      payments: (paymentsOf.get(clientId) ?? [])
        .map((p) => ({ paidOn: p.paidOn, amountMinor: p.amountMinor }))
        .sort((a, b) => a.paidOn.localeCompare(b.paidOn)),
      orders,
      designation: input.designations?.get(clientId) ?? null,
    };
  });
}

function orderRow(order: OrderFact, payments: readonly PaymentFact[]): OrderRow {
  return {
    orderId: order.orderId,
    orderedOn: order.orderedOn,
    totalMinor: order.totalMinor,
    paidInFullOn: paidInFullOn(order.totalMinor, payments),
    categories: order.categories.map((c) => ({ categoryId: c.categoryId, totalMinor: c.totalMinor })),
  };
}

/** The date an order's running payments first reach its total; null while they fall short or there are none. */
export function paidInFullOn(
  totalMinor: number,
  payments: readonly { paidOn: string; amountMinor: number }[],
): string | null {
  let paid = 0;
  for (const p of [...payments].sort((a, b) => a.paidOn.localeCompare(b.paidOn))) {
    paid += p.amountMinor;
    if (paid >= totalMinor) return p.paidOn;
  }
  return null;
}

function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = map.get(k);
    if (group) group.push(item);
    else map.set(k, [item]);
  }
  return map;
}

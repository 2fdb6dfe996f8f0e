type MoneyValue = { amountMinor: number; currency: string };
type Order = { status: string; currency: string; total: MoneyValue; paid: MoneyValue; due: MoneyValue };

/** The sums of a client's orders in one currency. */
export type OrderTotals = { currency: string; total: number; paid: number; due: number };

/**
 * What a client ordered, paid and still owes, per currency (cancelled orders left out), in the
 * order the currencies first appear.
 *
 * @example orderTotals(orders) // [{ currency: "RUB", total: 1_500_000, paid: 500_000, due: 1_000_000 }]
 */
export function orderTotals(orders: readonly Order[]): OrderTotals[] {
  const byCurrency = new Map<string, OrderTotals>();
  for (const order of orders) {
    if (order.status === "cancelled") continue;
    const sums = byCurrency.get(order.currency) ?? { currency: order.currency, total: 0, paid: 0, due: 0 };
    sums.total += order.total.amountMinor;
    sums.paid += order.paid.amountMinor;
    sums.due += order.due.amountMinor;
    byCurrency.set(order.currency, sums);
  }
  return [...byCurrency.values()];
}

import { addMonths, monthKey, type OrderFact, type PaymentFact } from "@quartet/core";
import type { FarmingRules } from "../../../contracts/rules.ts";
import type { CategoryPurchase } from "../../../db/accounts.ts";
import { categoryRhythms, purchaseRhythm } from "../../../domain/purchase-rhythm.ts";

/** What one client's orders and payments say before classes and rules of contact apply. */
export type ClientFigures = {
  revenue12mMinor: number;
  revenuePrev12mMinor: number;
  revenue6mMinor: number;
  revenuePrev6mMinor: number;
  /** Revenue per calendar month, the 12 months up to today's, oldest first. */
  monthlyRevenueMinor: number[];
  orders12m: number;
  ordersPrev12m: number;
  firstOrderOn: string | null;
  rhythm: ReturnType<typeof purchaseRhythm>;
  categoryPurchases: CategoryPurchase[];
  categories12m: number;
  largestOrderMinor12m: number;
  hasProjectOrder: boolean;
};

/** The windows figures are cut by (a date is in one when `from < date ≤ today`) and the 12 month keys. */
export type FigureWindows = ReturnType<typeof figureWindows>;

/** The windows of a day, computed once per recompute. */
export function figureWindows(today: string) {
  const months = Array.from({ length: 12 }, (_, i) => monthKey(addMonths(today, i - 11)));
  return { today, months, m6: addMonths(today, -6), m12: addMonths(today, -12), m24: addMonths(today, -24) };
}

function sumWhere(payments: readonly PaymentFact[], from: string, to: string) {
  let sum = 0;
  for (const p of payments) if (p.paidOn > from && p.paidOn <= to) sum += p.amountMinor;
  return sum;
}

function monthly(payments: readonly PaymentFact[], keys: readonly string[]): number[] {
  const sums = new Map(keys.map((k) => [k, 0]));
  for (const p of payments) {
    const key = monthKey(p.paidOn);
    const sum = sums.get(key);
    if (sum !== undefined) sums.set(key, sum + p.amountMinor);
  }
  return keys.map((k) => sums.get(k) ?? 0);
}

/**
 * One client's figures from its orders and payments (in the organisation's currency; others are
 * left out of money sums): revenue windows, monthly revenue, purchase rhythm overall and per
 * category, and what the maturity ladder reads.
 */
export function clientFigures(input: {
  orders: readonly OrderFact[];
  payments: readonly PaymentFact[];
  projectOrderIds: ReadonlySet<string>;
  currency: string;
  windows: FigureWindows;
  rules: FarmingRules;
}): ClientFigures {
  const { windows: w, currency } = input;
  const today = w.today;
  const payments = input.payments.filter((p) => p.currency === currency && p.paidOn <= today);
  const orders = input.orders.filter((o) => o.orderedOn <= today);
  const recent = orders.filter((o) => o.orderedOn > w.m12);
  const categoriesRecent = new Set(recent.flatMap((o) => o.categories.map((c) => c.categoryId)));
  categoriesRecent.delete(null);
  const byCategory = orders.map((o) => ({
    orderedOn: o.orderedOn,
    categoryIds: o.categories.flatMap((c) => (c.categoryId ? [c.categoryId] : [])),
  }));
  return {
    revenue12mMinor: sumWhere(payments, w.m12, today),
    revenuePrev12mMinor: sumWhere(payments, w.m24, w.m12),
    revenue6mMinor: sumWhere(payments, w.m6, today),
    revenuePrev6mMinor: sumWhere(payments, w.m12, w.m6),
    monthlyRevenueMinor: monthly(payments, w.months),
    orders12m: recent.length,
    ordersPrev12m: orders.filter((o) => o.orderedOn > w.m24 && o.orderedOn <= w.m12).length,
    firstOrderOn: orders[0]?.orderedOn ?? null,
    rhythm: purchaseRhythm(
      orders.map((o) => o.orderedOn),
      today,
      input.rules.purchase,
    ),
    categoryPurchases: categoryRhythms(byCategory, today, input.rules.purchase),
    categories12m: categoriesRecent.size,
    largestOrderMinor12m: recent.reduce(
      (max, o) => (o.currency === currency && o.totalMinor > max ? o.totalMinor : max),
      0,
    ),
    hasProjectOrder: orders.some((o) => input.projectOrderIds.has(o.orderId)),
  };
}

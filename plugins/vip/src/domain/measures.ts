import type { OrderRow, PaymentRow } from "./facts.ts";
import type { Quarter } from "./quarters.ts";

/** Catalog categories as a child → parent map, so buying from a subcategory counts for its parents. */
export type CategoryParents = ReadonlyMap<string, string | null>;

/** The sum of payments dated `from` … `to` inclusive, in minor units. */
export function paidBetween(payments: readonly PaymentRow[], from: string, to: string): number {
  let total = 0;
  for (const p of payments) if (p.paidOn >= from && p.paidOn <= to) total += p.amountMinor;
  return total;
}

/** The orders placed `from` … `to` inclusive. */
export function ordersBetween(orders: readonly OrderRow[], from: string, to: string): OrderRow[] {
  return orders.filter((o) => o.orderedOn >= from && o.orderedOn <= to);
}

/** Which of the `selected` categories the orders bought from (a line above zero in it or a subcategory), in `selected` order. */
export function categoriesBought(
  orders: readonly OrderRow[],
  selected: readonly string[],
  parents: CategoryParents,
): string[] {
  const wanted = new Set(selected);
  const hit = new Set<string>();
  for (const order of orders) {
    for (const line of order.categories) {
      if (line.totalMinor <= 0) continue;
      for (const id of ancestry(line.categoryId, parents)) if (wanted.has(id)) hit.add(id);
    }
  }
  return selected.filter((id) => hit.has(id));
}

function ancestry(categoryId: string | null, parents: CategoryParents): string[] {
  const chain: string[] = [];
  let id = categoryId;
  while (id !== null && !chain.includes(id)) {
    chain.push(id);
    id = parents.get(id) ?? null;
  }
  return chain;
}

/** How many of `quarters` had payments above zero, and the newest one without. */
export function quartersWithRevenue(
  payments: readonly PaymentRow[],
  quarters: readonly Quarter[],
): { count: number; missing: Quarter | null } {
  const missing = quarters.filter((q) => paidBetween(payments, q.first, q.last) <= 0);
  return { count: quarters.length - missing.length, missing: missing[0] ?? null };
}

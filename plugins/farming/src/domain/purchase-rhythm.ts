import { addDays, daysBetween } from "@quartet/core";
import type { FarmingRules } from "../contracts/rules.ts";
import type { CategoryPurchase } from "./types.ts";

/** How late a purchase may be before it counts: `rules.purchase`. */
export type LatenessRule = FarmingRules["purchase"];

/** A client's (or a category's) purchase rhythm as of a day. */
export type PurchaseRhythm = {
  /** Distinct days with an order. */
  orders: number;
  lastOn: string | null;
  /** The median days between orders (1 decimal); null with fewer than `minOrders` order days. */
  intervalDays: number | null;
  expectedOn: string | null;
  daysSince: number | null;
  /** Days past the expected date while late; null when not late. */
  lateDays: number | null;
};

/**
 * When a client buys and whether its next order is late. Order days are taken once each, sorted;
 * the interval is the median gap between them (needs `minOrders` days). The next order is
 * expected the interval after the last; it is late once the days since exceed the interval by
 * `tolerancePercent` and by `minLateDays`, and `lateDays` counts from the expected date.
 *
 * @example purchaseRhythm(["2026-01-01", "2026-01-31", "2026-03-02"], "2026-04-21", { tolerancePercent: 50, minLateDays: 7, minOrders: 3 }).lateDays // 20
 */
export function purchaseRhythm(
  orderDates: readonly string[],
  today: string,
  rule: LatenessRule,
): PurchaseRhythm {
  const days = [...new Set(orderDates)].sort();
  const lastOn = days.at(-1) ?? null;
  if (lastOn === null) {
    return { orders: 0, lastOn, intervalDays: null, expectedOn: null, daysSince: null, lateDays: null };
  }
  const daysSince = daysBetween(lastOn, today);
  const intervalDays = days.length >= rule.minOrders ? medianGap(days) : null;
  if (intervalDays === null) {
    return { orders: days.length, lastOn, intervalDays, expectedOn: null, daysSince, lateDays: null };
  }
  const late =
    daysSince > intervalDays * (1 + rule.tolerancePercent / 100) &&
    daysSince - intervalDays >= rule.minLateDays;
  const lateDays = daysSince - Math.round(intervalDays);
  return {
    orders: days.length,
    lastOn,
    intervalDays,
    expectedOn: addDays(lastOn, Math.round(intervalDays)),
    daysSince,
    lateDays: late && lateDays > 0 ? lateDays : null,
  };
}

/**
 * The rhythm of each category a client bought, most late first (then by category id), for the
 * account's "next purchase" per category.
 */
export function categoryRhythms(
  orders: readonly { orderedOn: string; categoryIds: readonly string[] }[],
  today: string,
  rule: LatenessRule,
): CategoryPurchase[] {
  const byCategory = new Map<string, string[]>();
  for (const order of orders) {
    for (const categoryId of order.categoryIds) {
      const dates = byCategory.get(categoryId) ?? [];
      dates.push(order.orderedOn);
      byCategory.set(categoryId, dates);
    }
  }
  const rhythms: CategoryPurchase[] = [];
  for (const [categoryId, dates] of byCategory) {
    const r = purchaseRhythm(dates, today, rule);
    if (r.lastOn === null) continue;
    const { orders: count, intervalDays, lastOn, expectedOn, lateDays } = r;
    rhythms.push({ categoryId, orders: count, intervalDays, lastOn, expectedOn, lateDays });
  }
  return rhythms.sort(
    (a, b) => (b.lateDays ?? -1) - (a.lateDays ?? -1) || a.categoryId.localeCompare(b.categoryId),
  );
}

function medianGap(sortedDays: readonly string[]): number {
  const gaps = sortedDays.slice(1).map((day, i) => daysBetween(sortedDays[i] ?? day, day));
  gaps.sort((a, b) => a - b);
  const mid = Math.floor(gaps.length / 2);
  const median = gaps.length % 2 ? (gaps[mid] ?? 0) : ((gaps[mid - 1] ?? 0) + (gaps[mid] ?? 0)) / 2;
  return Math.round(median * 10) / 10;
}

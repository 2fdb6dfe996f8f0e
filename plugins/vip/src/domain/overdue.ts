import { addDays, daysBetween } from "@quartet/core";
import type { OrderRow } from "./facts.ts";

/** An order that was not fully paid by its due date: paid late, or still unpaid. */
export type OverdueOrder = { orderId: string; dueOn: string; daysLate: number; paidOn: string | null };

/**
 * The orders overdue as of `asOf`: due `termsDays` after ordering, not fully paid by then.
 * Core orders carry no due date, so the terms make one. An order counts when it fell due in the
 * window (`from` … the day before `asOf`), paid late or not, or when it is still unpaid however
 * old. Orders of zero and payments after `asOf` are left out.
 *
 * @example // ordered 1 March, 14-day terms: due 15 March, overdue from 16 March if not paid
 */
export function overdueOrders(
  orders: readonly OrderRow[],
  rule: { asOf: string; from: string; termsDays: number },
): OverdueOrder[] {
  const out: OverdueOrder[] = [];
  for (const order of orders) {
    if (order.totalMinor <= 0 || order.orderedOn > rule.asOf) continue;
    const dueOn = addDays(order.orderedOn, rule.termsDays);
    if (dueOn >= rule.asOf) continue;
    const paidOn = order.paidInFullOn !== null && order.paidInFullOn <= rule.asOf ? order.paidInFullOn : null;
    if (paidOn !== null && paidOn <= dueOn) continue;
    if (paidOn !== null && dueOn < rule.from) continue;
    out.push({ orderId: order.orderId, dueOn, paidOn, daysLate: daysBetween(dueOn, paidOn ?? rule.asOf) });
  }
  return out;
}

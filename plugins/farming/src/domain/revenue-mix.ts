import { monthKey } from "@quartet/core";
import { firstPayments, inPeriod, monthsOf, type Payment, type Period } from "./period.ts";

/** One month's revenue split between existing clients and clients who paid for the first time that month. */
export type RevenueMix = { month: string; existingMinor: number; newMinor: number };

/**
 * Revenue by month, from clients already buying against new ones: a payment is new when it falls
 * in the month of the client's first payment ever (`firstPaidOn`; the earliest in `payments` when
 * absent). Every month of the window has a row, oldest first, zero when nothing came in.
 */
export function existingVsNew(
  payments: readonly Payment[],
  firstPaidOn: ReadonlyMap<string, string>,
  window: Period,
): RevenueMix[] {
  const earliest = firstPayments(payments);
  const rows = new Map(monthsOf(window).map((month) => [month, { month, existingMinor: 0, newMinor: 0 }]));
  for (const p of payments) {
    const row = rows.get(monthKey(p.paidOn));
    if (!row || !inPeriod(p.paidOn, window)) continue;
    const first = firstPaidOn.get(p.clientId) ?? earliest.get(p.clientId) ?? p.paidOn;
    if (monthKey(p.paidOn) <= monthKey(first)) row.newMinor += p.amountMinor;
    else row.existingMinor += p.amountMinor;
  }
  return [...rows.values()];
}

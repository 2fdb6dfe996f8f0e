import { quarterKey } from "@quartet/core";
import { firstPayments, type Payment, quartersUpTo } from "./period.ts";

/** One cohort: the clients whose first payment fell in `cohort`, and what they paid each quarter since. */
export type Cohort = {
  cohort: string;
  clients: number;
  /** Revenue per quarter from the cohort's own quarter up to the current one. */
  revenueMinor: number[];
  /** How many of the cohort's clients paid in each of those quarters. */
  activeClients: number[];
};

/**
 * Cohorts by quarter of first payment, for the last `quarters` quarters up to today's (oldest
 * first): each cohort's revenue and paying clients quarter by quarter, so a stair-step table shows
 * whether new clients keep buying. The first payment is the earliest in `payments`; later dates are ignored.
 */
export function cohortRetention(payments: readonly Payment[], today: string, quarters = 4): Cohort[] {
  const known = payments.filter((p) => p.paidOn <= today);
  const first = firstPayments(known);
  const keys = quartersUpTo(today, quarters).map((q) => q.quarter);
  const rows = keys.map((_, i) => ({
    revenueMinor: Array<number>(keys.length - i).fill(0),
    active: Array.from({ length: keys.length - i }, () => new Set<string>()),
  }));
  for (const p of known) {
    const start = keys.indexOf(quarterKey(first.get(p.clientId) ?? p.paidOn));
    const cell = keys.indexOf(quarterKey(p.paidOn)) - start;
    const row = rows[start];
    if (!row || cell < 0) continue;
    row.revenueMinor[cell] = (row.revenueMinor[cell] ?? 0) + p.amountMinor;
    row.active[cell]?.add(p.clientId);
  }
  return rows.map((row, i) => ({
    cohort: keys[i] ?? "",
    clients: row.active[0]?.size ?? 0,
    revenueMinor: row.revenueMinor,
    activeClients: row.active.map((s) => s.size),
  }));
}

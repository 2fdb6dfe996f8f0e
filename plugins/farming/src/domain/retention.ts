import { addMonths } from "@quartet/core";
import { type Payment, type Period, quartersUpTo, revenueByClient } from "./period.ts";

/** Net revenue retention: `retained ÷ base` as a share (1 = 100 %), null with no base. */
export type Retention = { value: number | null; base: number; retained: number };

/**
 * Net revenue retention: what the clients who paid in the previous period paid in this one, over
 * what they paid then. New clients do not lift it; clients who left, or paid less, pull it down.
 * Clients whose previous payments net to nothing (refunded) are not in the base.
 *
 * @example netRevenueRetention(payments, { from: "2025-04-01", to: "2026-04-01" }, { from: "2024-04-01", to: "2025-04-01" }) // { value: 1.08, base: …, retained: … }
 */
export function netRevenueRetention(
  payments: readonly Payment[],
  period: Period,
  previous: Period,
): Retention {
  const before = revenueByClient(payments, previous);
  const now = revenueByClient(payments, period);
  let base = 0;
  let retained = 0;
  for (const [clientId, amount] of before) {
    if (amount <= 0) continue;
    base += amount;
    retained += now.get(clientId) ?? 0;
  }
  return { value: base > 0 ? retained / base : null, base, retained };
}

/**
 * Net revenue retention of each of the last `n` finished quarters (oldest first) against the
 * quarter before it. The quarter under way is left out: its few weeks would read as clients lost.
 */
export function nrrByQuarter(
  payments: readonly Payment[],
  today: string,
  n = 4,
): (Retention & Period & { quarter: string })[] {
  return quartersUpTo(addMonths(today, -3), n).map((q) => ({
    ...q,
    ...netRevenueRetention(payments, q, { from: addMonths(q.from, -3), to: q.from }),
  }));
}

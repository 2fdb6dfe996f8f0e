import { addMonths, monthKey, quarterKey, quarterStart } from "@quartet/core";

/** A span of business dates, `from` included and `to` not: a quarter is `{ from: "2026-01-01", to: "2026-04-01" }`. */
export type Period = { from: string; to: string };

/** A payment as revenue metrics read it; core's payment facts fit. */
export type Payment = { clientId: string; paidOn: string; amountMinor: number };

/**
 * True when a business date falls in the period.
 *
 * @example inPeriod("2026-03-31", { from: "2026-01-01", to: "2026-04-01" }) // true
 */
export function inPeriod(date: string, period: Period): boolean {
  return date >= period.from && date < period.to;
}

/**
 * `n` quarters in a row, oldest first, the last one containing `lastIn`, each with its key.
 *
 * @example quartersUpTo("2026-05-20", 2) // [{ quarter: "2026-Q1", … }, { quarter: "2026-Q2", from: "2026-04-01", to: "2026-07-01" }]
 */
export function quartersUpTo(lastIn: string, n: number): (Period & { quarter: string })[] {
  const last = quarterStart(lastIn);
  return Array.from({ length: n }, (_, i) => {
    const from = addMonths(last, -3 * (n - 1 - i));
    return { quarter: quarterKey(from), from, to: addMonths(from, 3) };
  });
}

/**
 * The months a period touches, `YYYY-MM`, oldest first; none for an empty period.
 *
 * @example monthsOf({ from: "2026-01-15", to: "2026-03-01" }) // ["2026-01", "2026-02"]
 */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  if (period.from >= period.to) return months;
  for (let day = `${monthKey(period.from)}-01`; day < period.to; day = addMonths(day, 1)) {
    months.push(monthKey(day));
  }
  return months;
}

/**
 * Each client's revenue in the period (payments net of refunds).
 *
 * @example revenueByClient([{ clientId: "a", paidOn: "2026-01-10", amountMinor: 500 }], { from: "2026-01-01", to: "2026-02-01" }) // Map { "a" → 500 }
 */
export function revenueByClient(payments: readonly Payment[], period: Period): Map<string, number> {
  const revenue = new Map<string, number>();
  for (const p of payments) {
    if (inPeriod(p.paidOn, period)) revenue.set(p.clientId, (revenue.get(p.clientId) ?? 0) + p.amountMinor);
  }
  return revenue;
}

/**
 * Each client's earliest payment date among `payments`: when it became a paying client.
 *
 * @example firstPayments([{ clientId: "a", paidOn: "2026-02-01", amountMinor: 1 }, { clientId: "a", paidOn: "2026-01-01", amountMinor: 1 }]) // Map { "a" → "2026-01-01" }
 */
export function firstPayments(payments: readonly Payment[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const p of payments) {
    const seen = first.get(p.clientId);
    if (seen === undefined || p.paidOn < seen) first.set(p.clientId, p.paidOn);
  }
  return first;
}

import type { Payment } from "./period.ts";

/**
 * Payments for tests, written client by client and date by date: `{ a: { "2026-01-05": 100 } }`.
 *
 * @example paymentsOf({ a: { "2026-01-05": 100, "2026-02-05": -20 } }).length // 2
 */
export function paymentsOf(byClient: Record<string, Record<string, number>>): Payment[] {
  return Object.entries(byClient).flatMap(([clientId, byDay]) =>
    Object.entries(byDay).map(([paidOn, amountMinor]) => ({ clientId, paidOn, amountMinor })),
  );
}

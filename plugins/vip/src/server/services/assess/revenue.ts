import { addDays, windowStart } from "@quartet/core";
import type { PaymentRow } from "../../../domain/facts.ts";
import { paidBetween } from "../../../domain/measures.ts";

/** Money received in the 12 months to `today`, and in the 12 before: the revenue trend of the desk. */
export function revenueYears(payments: readonly PaymentRow[], today: string) {
  const start = windowStart(today, 12);
  return {
    revenue12mMinor: paidBetween(payments, start, today),
    revenuePrev12mMinor: paidBetween(payments, windowStart(today, 24), addDays(start, -1)),
  };
}

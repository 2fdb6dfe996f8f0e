import { percentOf } from "../money/arithmetic.ts";
import type { CurrencyCode } from "../money/currency.ts";
import { money } from "../money/money.ts";
import type { PipelineTotals, PlanPeriod } from "./plan.ts";

/** A payment as the plan sums it (core's `PaymentFact` fits). */
type PaidFact = { clientId: string; amountMinor: number; currency: string; paidOn: string };

/**
 * Money received within a plan period's business days in one currency, in minor units —
 * optionally from some clients only (a portfolio, the VIP clients).
 *
 * @example paidWithin(payments, period, "RUB", vipClientIds) // 1250000
 */
export function paidWithin(
  payments: readonly PaidFact[],
  period: Pick<PlanPeriod, "firstDay" | "lastDay">,
  currency: string,
  clients?: ReadonlySet<string>,
): number {
  let total = 0;
  for (const p of payments) {
    if (p.currency !== currency || p.paidOn < period.firstDay || p.paidOn > period.lastDay) continue;
    if (clients && !clients.has(p.clientId)) continue;
    total += p.amountMinor;
  }
  return total;
}

/** An open deal as pipeline totals count it: its amount and its stage's probability (whole percent). */
export type PricedDeal = { amountMinor: number; currency: string; probability: number };

/**
 * Open deals' totals: every deal counts, only those in `currency` are summed, each weighted by its
 * stage's probability (rounded per deal to the minor unit).
 *
 * @example pipelineTotals([{ amountMinor: 100000, currency: "RUB", probability: 30 }], "RUB", "/deals") // weighted 30000
 */
export function pipelineTotals(
  deals: readonly PricedDeal[],
  currency: CurrencyCode,
  href: string,
): PipelineTotals {
  let amountMinor = 0;
  let weightedMinor = 0;
  let otherCurrency = 0;
  for (const d of deals) {
    if (d.currency !== currency) {
      otherCurrency++;
      continue;
    }
    amountMinor += d.amountMinor;
    weightedMinor += percentOf(money(d.amountMinor, currency), d.probability).amountMinor;
  }
  return { count: deals.length, amountMinor, weightedMinor, currency, otherCurrency, href };
}

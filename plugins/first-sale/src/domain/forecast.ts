import { type Money, percentOf } from "@quartet/core";

/** An open deal as the forecast sees it. */
export type ForecastDeal = {
  amount: Money;
  /** The probability of its stage, whole percent. */
  probability: number;
  /** `YYYY-MM-DD`, or null when the hunter has not said. */
  expectedCloseOn: string | null;
  hunterId: string | null;
};

/** One bucket of the forecast, per currency: how many deals, their sum and their weighted sum. */
export type ForecastRow = { currency: string; count: number; amountMinor: number; weightedMinor: number };

/** The forecast by expected month (`null`: no date) and by hunter (`null`: nobody assigned). */
export type Forecast = {
  byMonth: (ForecastRow & { month: string | null; overdue: number })[];
  byHunter: (ForecastRow & { hunterId: string | null })[];
  total: ForecastRow[];
};

/**
 * The weighted pipeline: each open deal's amount times its stage's probability (rounded half-up
 * to the kopeck per deal), summed by expected month and by hunter, per currency. Deals expected
 * before `currentMonth` (`YYYY-MM`) are late, not lost: they count in the current month and in
 * its `overdue`. Months run in order with "no date" last; hunters by weighted sum, largest first.
 */
export function forecast(deals: readonly ForecastDeal[], currentMonth: string): Forecast {
  const months = new Map<string, Forecast["byMonth"][number]>();
  const hunters = new Map<string, Forecast["byHunter"][number]>();
  const totals = new Map<string, ForecastRow>();
  for (const deal of deals) {
    const weighted = percentOf(deal.amount, deal.probability).amountMinor;
    const currency = deal.amount.currency;
    const expected = deal.expectedCloseOn?.slice(0, 7) ?? null;
    const late = expected !== null && expected < currentMonth;
    const month = late ? currentMonth : expected;
    const m = bucket(months, `${month}|${currency}`, () => ({ month, overdue: 0, ...empty(currency) }));
    add(m, deal.amount.amountMinor, weighted);
    if (late) m.overdue++;
    const h = bucket(hunters, `${deal.hunterId}|${currency}`, () => ({
      hunterId: deal.hunterId,
      ...empty(currency),
    }));
    add(h, deal.amount.amountMinor, weighted);
    add(
      bucket(totals, currency, () => empty(currency)),
      deal.amount.amountMinor,
      weighted,
    );
  }
  const byMonth = [...months.values()].sort(
    (a, b) => (a.month ?? "9999").localeCompare(b.month ?? "9999") || a.currency.localeCompare(b.currency),
  );
  const byHunter = [...hunters.values()].sort(
    (a, b) => b.weightedMinor - a.weightedMinor || (a.hunterId ?? "").localeCompare(b.hunterId ?? ""),
  );
  return { byMonth, byHunter, total: [...totals.values()] };
}

function empty(currency: string): ForecastRow {
  return { currency, count: 0, amountMinor: 0, weightedMinor: 0 };
}

function bucket<T>(map: Map<string, T>, key: string, create: () => T): T {
  let row = map.get(key);
  if (!row) {
    row = create();
    map.set(key, row);
  }
  return row;
}

function add(row: ForecastRow, amountMinor: number, weightedMinor: number): void {
  row.count++;
  row.amountMinor += amountMinor;
  row.weightedMinor += weightedMinor;
}

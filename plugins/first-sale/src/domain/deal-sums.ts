import { type CurrencyCode, money, percentOf } from "@quartet/core";

/** Deals of one stage in one currency: how many, their plain sum and the sum weighted by the stage's probability. */
export type StageSum = {
  stageId: string;
  currency: string;
  count: number;
  amountMinor: number;
  weightedMinor: number;
};

/** How many deals and what they are worth, in one currency. */
export type Sum = Omit<StageSum, "stageId">;

/**
 * A stage's sum in one currency: the weighted figure is the plain sum times the stage's
 * probability, rounded once (half up) — so a column and the list agree to the kopeck.
 *
 * @example stageSum({ stageId: "stg_1", currency: "RUB", count: 2, amountMinor: 10_001 }, 50).weightedMinor // 5_001
 */
export function stageSum(row: Omit<StageSum, "weightedMinor">, probability: number): StageSum {
  const weighted = percentOf(money(row.amountMinor, row.currency as CurrencyCode), probability);
  return { ...row, weightedMinor: weighted.amountMinor };
}

/**
 * Stage sums added up per currency, the largest count first (ties by currency code): the board's
 * total, a column's figures and the list's sums are all this over the same rows.
 */
export function sumsByCurrency(rows: readonly StageSum[]): Sum[] {
  const byCurrency = new Map<string, Sum>();
  for (const row of rows) {
    const sum = byCurrency.get(row.currency) ?? {
      currency: row.currency,
      count: 0,
      amountMinor: 0,
      weightedMinor: 0,
    };
    sum.count += row.count;
    sum.amountMinor += row.amountMinor;
    sum.weightedMinor += row.weightedMinor;
    byCurrency.set(row.currency, sum);
  }
  return [...byCurrency.values()].sort((a, b) => b.count - a.count || a.currency.localeCompare(b.currency));
}

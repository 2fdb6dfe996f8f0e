import { type CurrencyCode, money } from "@quartet/core";
import type { dealLines } from "../../../db/schema.ts";
import type { DealLine } from "../../../domain/deal-amount.ts";
import { hasNextStep, rotReasons } from "../../../domain/rotting.ts";
import type { StageRow } from "../pipelines/load-pipeline.ts";
import type { DealRow } from "./load-deal.ts";

type LineRow = typeof dealLines.$inferSelect;

/** A deal as the API shows it: amounts as Money, its next step, and why it rots (if it does). */
export function dealOf(
  row: DealRow,
  stage: Pick<StageRow, "rottingDays" | "probability"> | undefined,
  now: number,
) {
  const currency = row.currency as CurrencyCode;
  const { amountMinor, estimateMinor, paidMinor, nextStepText, nextStepTaskId, nextStepDueOn, ...rest } = row;
  return {
    ...rest,
    currency,
    amount: money(amountMinor, currency),
    estimate: money(estimateMinor, currency),
    paid: money(paidMinor, currency),
    probability: stage?.probability ?? 0,
    nextStep: hasNextStep(row) ? { text: nextStepText, taskId: nextStepTaskId, dueOn: nextStepDueOn } : null,
    rotting: stage ? rotReasons(row, stage, now) : [],
  };
}

/** A stored line as domain code and the API see it. */
export function lineOf(
  row: LineRow,
  currency: CurrencyCode,
): DealLine & { id: string; total: ReturnType<typeof money> } {
  return {
    id: row.id,
    productId: row.productId,
    name: row.name,
    quantity: row.quantity,
    price: money(row.priceMinor, currency),
    discountPercent: row.discountPercent,
    total: money(row.totalMinor, currency),
  };
}

import { type CurrencyCode, money } from "@quartet/core";
import { type DealStage, stageOf, weighted } from "../../../domain/deal-flow.ts";
import type { FarmingContext } from "../../context.ts";
import { type DealNames, dealNames } from "./deal-names.ts";
import type { DealRow } from "./load-deal.ts";

/** The chance a deal closes: its stage's while open, 100 once won, 0 once lost. */
export function probabilityOf(
  row: Pick<DealRow, "status" | "stageKey">,
  stages: readonly DealStage[],
): number {
  if (row.status === "won") return 100;
  if (row.status === "lost") return 0;
  return stageOf(stages, row.stageKey).probability;
}

/**
 * A deal as the API shows it: amount and weighted amount as Money, the client's and the farmer's
 * names. An open deal in a stage the company removed shows in its first stage.
 */
export function dealView(row: DealRow, stages: readonly DealStage[], names: DealNames) {
  const { amountMinor, stageKey, titleSearch: _, ...rest } = row;
  const amount = money(amountMinor, row.currency as CurrencyCode);
  const probability = probabilityOf(row, stages);
  return {
    ...rest,
    stageKey: row.status === "open" ? stageOf(stages, stageKey).key : stageKey,
    clientName: names.clients.get(row.clientId) ?? null,
    farmerName: row.farmerId ? (names.members.get(row.farmerId) ?? null) : null,
    amount,
    probability,
    weighted: weighted(amount, probability),
  };
}

/** A deal as `dealView` returns it. */
export type DealView = ReturnType<typeof dealView>;

/** One deal's view with its client's and farmer's names looked up. */
export async function viewDeal(ctx: FarmingContext, row: DealRow, stages: readonly DealStage[]) {
  return dealView(row, stages, await dealNames(ctx, [row]));
}

import type { CurrencyCode, WriteScope } from "@quartet/core";
import { eq } from "drizzle-orm";
import { dealLines, deals } from "../../../db/schema.ts";
import { type DealLine, dealAmount } from "../../../domain/deal-amount.ts";
import type { FirstSaleContext } from "../../context.ts";
import { lineRows } from "./line-rows.ts";
import type { DealRow } from "./load-deal.ts";

/** Replaces a deal's lines inside the caller's transaction and recomputes its amount (the estimate without lines). */
export async function replaceLines(
  ctx: FirstSaleContext,
  scope: WriteScope,
  deal: DealRow,
  lines: readonly DealLine[],
) {
  const amount = dealAmount(lines, deal.currency as CurrencyCode, deal.estimateMinor);
  const now = ctx.clock.now();
  const rows = lineRows(deal.id, lines, now);
  await scope.tx.delete(dealLines).where(eq(dealLines.dealId, deal.id));
  if (rows.length) await scope.tx.insert(dealLines).values(rows);
  await scope.tx
    .update(deals)
    .set({ amountMinor: amount.amountMinor, updatedAt: now })
    .where(eq(deals.id, deal.id));
  await scope.audit({
    action: "first-sale.deal.lines",
    entity: "deal",
    entityId: deal.id,
    before: { amountMinor: deal.amountMinor },
    after: { amountMinor: amount.amountMinor, lines: rows },
  });
  return { amount, rows };
}

import { type CurrencyCode, DomainError } from "@quartet/core";
import type { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { assertOpen } from "../../../domain/deal-transitions.ts";
import type { FirstSaleContext } from "../../context.ts";
import type { dealLinesInput } from "./deal-input.ts";
import { lineOf } from "./deal-view.ts";
import { linesFromInput } from "./line-rows.ts";
import { requireDeal } from "./load-deal.ts";
import { replaceLines } from "./replace-lines.ts";

/**
 * Replaces an open deal's line items (catalog products or free lines, priced in the deal's
 * currency) and recomputes its amount; with no lines the estimate counts again. Once the invoice
 * is issued the lines are fixed (`CONFLICT`): they are the order.
 */
export async function setLines({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: { dealId: string; lines: z.output<typeof dealLinesInput> };
}) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const deal = await requireDeal(scope.tx, ctx.actor, input.dealId);
    assertOpen(deal.status, m.whatLines);
    if (deal.orderId) {
      throw new DomainError("CONFLICT", m.linesFixed, { params: { number: deal.orderNumber ?? "" } });
    }
    const currency = deal.currency as CurrencyCode;
    const { amount, rows } = await replaceLines(ctx, scope, deal, linesFromInput(input.lines, currency));
    return { amount, lines: rows.map((r) => lineOf(r, currency)) };
  });
}

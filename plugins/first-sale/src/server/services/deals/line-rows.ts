import { type CurrencyCode, lineTotal, money, newId } from "@quartet/core";
import type { z } from "zod";
import type { DealLine } from "../../../domain/deal-amount.ts";
import type { dealLineInput } from "./deal-input.ts";

/** Submitted lines as domain lines, priced in the deal's currency. */
export function linesFromInput(
  input: readonly z.output<typeof dealLineInput>[],
  currency: CurrencyCode,
): DealLine[] {
  return input.map((l) => ({
    productId: l.productId ?? null,
    name: l.name,
    quantity: l.quantity,
    price: money(l.price.amountMinor, currency),
    discountPercent: l.discountPercent,
  }));
}

/** Rows of `first_sale_deal_lines` for a deal, each with its rounded total. */
export function lineRows(dealId: string, lines: readonly DealLine[], now: number) {
  return lines.map((line, position) => ({
    id: newId("dln", now),
    dealId,
    position,
    productId: line.productId,
    name: line.name,
    quantity: line.quantity,
    priceMinor: line.price.amountMinor,
    discountPercent: line.discountPercent,
    totalMinor: lineTotal(line).total.amountMinor,
  }));
}

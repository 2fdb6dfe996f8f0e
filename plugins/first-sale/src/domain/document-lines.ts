import type { DocumentSourceLine, Locale } from "@quartet/core";
import type { DealLine } from "./deal-amount.ts";

/** The unit a deal line prints with: deal lines carry none, so a piece in the document's language. */
const pieceUnit: Record<Locale, string> = { ru: "шт", en: "pcs" };

/**
 * A deal's or a proposal's lines as a document prints them: the quantity in exact thousandths
 * (a deal allows three decimals, as core's orders do), the unit price in minor units, the
 * percent discount; no VAT rate, so the seller's VAT mode applies and the prices hold the VAT
 * (the draft's default pricing), which keeps the document's total equal to the deal's.
 *
 * @example documentLinesOf([{ productId: null, name: "Сыр", quantity: 1.5, price: rub(20000), discountPercent: 10 }], "ru")
 * // [{ name: "Сыр", unit: "шт", quantity: { thousandths: 1500 }, unitPriceMinor: 20000, discount: { percent: 10 } }]
 */
export function documentLinesOf(lines: readonly DealLine[], locale: Locale): DocumentSourceLine[] {
  return lines.map((line) => ({
    name: line.name,
    unit: pieceUnit[locale],
    quantity: { thousandths: Math.round(line.quantity * 1000) },
    unitPriceMinor: line.price.amountMinor,
    ...(line.discountPercent > 0 ? { discount: { percent: line.discountPercent } } : {}),
  }));
}

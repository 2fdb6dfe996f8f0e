import type { DocumentTotals } from "@quartet/core";
import { formatAmount } from "./format.ts";
import { fill } from "./labels/index.ts";
import type { PdfTools } from "./pdf-tools.ts";

const valueWidth = 90;
const labelWidth = 160;

const rowHeight = 13;

/** The rows under the lines table: Итого, the VAT (one row a rate when several), the total. */
function totalRows(tools: PdfTools, totals: DocumentTotals, totalLabel: string): [string, string][] {
  const { labels: l, locale } = tools;
  const added = totals.vatPricing === "added";
  const vatLabel = added ? l.vatAdded : l.vatIncluded;
  const atRate = added ? l.vatAddedAtRate : l.vatIncludedAtRate;
  const vatRows: [string, string][] = totals.vatByRate
    ? totals.vatByRate.map((rate) => [
        fill(atRate, { rate: rate.ratePercent }),
        formatAmount(rate.vat, locale),
      ])
    : totals.vat
      ? [[vatLabel, formatAmount(totals.vat, locale)]]
      : [[l.noVat, "—"]];
  return [
    [l.subtotal, formatAmount(totals.subtotal, locale)],
    ...vatRows,
    [totalLabel, formatAmount(totals.total, locale)],
  ];
}

/** The points the sums block takes, so the lines table keeps room for it on its last page. */
export function totalsHeight(totals: DocumentTotals): number {
  return (2 + (totals.vatByRate?.length ?? 1)) * rowHeight + 6;
}

/** Итого, В том числе НДС (НДС when added on top, a row a rate when several, Без НДС when none) and the total due, bold and right-aligned under the table. */
export function drawTotals(tools: PdfTools, totals: DocumentTotals, totalLabel: string): void {
  const rows = totalRows(tools, totals, totalLabel);
  tools.ensureRoom(totalsHeight(totals));
  const labelX = tools.right - valueWidth - labelWidth;
  for (const [label, value] of rows) {
    tools.textAt(label, tools.y, { x: labelX, width: labelWidth - 6, bold: true, align: "right" });
    tools.textAt(value, tools.y, {
      x: tools.right - valueWidth,
      width: valueWidth,
      bold: true,
      align: "right",
    });
    tools.y += rowHeight;
  }
  tools.y += 6;
}

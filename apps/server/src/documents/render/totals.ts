import type { DocumentTotals } from "@quartet/core";
import { formatAmount } from "./format.ts";
import type { PdfTools } from "./pdf-tools.ts";

const valueWidth = 90;
const labelWidth = 160;

/** The points the sums block takes, so the lines table keeps room for it on its last page. */
export const totalsHeight = 48;

/** Итого, В том числе НДС (НДС when added on top, Без НДС when none) and the total due, bold and right-aligned under the table. */
export function drawTotals(tools: PdfTools, totals: DocumentTotals, totalLabel: string): void {
  const { labels: l, locale } = tools;
  const vatLabel = totals.vatPricing === "added" ? l.vatAdded : l.vatIncluded;
  const rows: [string, string][] = [
    [l.subtotal, formatAmount(totals.subtotal, locale)],
    totals.vat ? [vatLabel, formatAmount(totals.vat, locale)] : [l.noVat, "—"],
    [totalLabel, formatAmount(totals.total, locale)],
  ];
  tools.ensureRoom(totalsHeight);
  const labelX = tools.right - valueWidth - labelWidth;
  for (const [label, value] of rows) {
    tools.textAt(label, tools.y, { x: labelX, width: labelWidth - 6, bold: true, align: "right" });
    tools.textAt(value, tools.y, {
      x: tools.right - valueWidth,
      width: valueWidth,
      bold: true,
      align: "right",
    });
    tools.y += 13;
  }
  tools.y += 6;
}

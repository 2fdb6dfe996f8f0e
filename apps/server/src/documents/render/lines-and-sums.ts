import type { DocumentLine, DocumentTotals } from "@quartet/core";
import { formatSum } from "./format.ts";
import { fill } from "./labels/index.ts";
import { drawLinesTable } from "./lines-table.ts";
import type { PdfTools } from "./pdf-tools.ts";
import { drawTotals, totalsHeight } from "./totals.ts";

/** What `drawLinesAndSums` prints under the sums, and how much must follow on the same page. */
export type LinesAndSumsOptions = {
  /** The label of the last sum: «Всего к оплате:» on an invoice. */
  readonly totalLabel: string;
  /** Sentences after the amount in words, e.g. the payment terms; empty ones are skipped. */
  readonly notes?: readonly string[];
  /** Points that come after this block and must stay on its page (the signatures). */
  readonly keepAfter?: number;
};

/**
 * The lines table, the sums, «Всего наименований N, на сумму …», the amount in words in bold
 * and the notes; the last lines of the table go to the next page with the rest when it all
 * would not fit, so the sums never stand alone on a page.
 */
export function drawLinesAndSums(
  tools: PdfTools,
  document: { readonly lines: readonly DocumentLine[]; readonly totals: DocumentTotals },
  options: LinesAndSumsOptions,
): void {
  const { lines, totals } = document;
  const summary = fill(tools.labels.itemsSummary, {
    count: lines.length,
    sum: formatSum(totals.total, tools.locale),
  });
  const notes = (options.notes ?? []).filter(Boolean);
  const tail =
    tools.heightOf(summary) +
    tools.heightOf(totals.totalInWords, { bold: true }) +
    notes.reduce((height, note) => height + tools.heightOf(note) + 6, 0) +
    16;
  drawLinesTable(tools, lines, totalsHeight(totals) + tail + (options.keepAfter ?? 0));
  drawTotals(tools, totals, options.totalLabel);
  tools.ensureRoom(tail);
  tools.write(summary, { gapAfter: 1 });
  tools.write(totals.totalInWords, { bold: true, gapAfter: 8 });
  for (const note of notes) tools.write(note, { gapAfter: 6 });
}

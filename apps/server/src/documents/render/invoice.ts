import { defineDocument, type InvoiceDocument } from "@quartet/core";
import { drawBankBlock } from "./bank-block.ts";
import { formatDocumentDate, formatSum } from "./format.ts";
import { documentLabels, fill } from "./labels/index.ts";
import { drawLinesTable } from "./lines-table.ts";
import { drawLogo } from "./logo.ts";
import { drawParty } from "./parties.ts";
import type { PdfTools } from "./pdf-tools.ts";
import { drawSignatures, signaturesHeight } from "./signatures.ts";
import { drawTotals, totalsHeight } from "./totals.ts";

/** The title of an invoice: «Счёт на оплату № 12 от 7 декабря 2026 г.». */
export function invoiceTitle(invoice: InvoiceDocument): string {
  const date = formatDocumentDate(invoice.date, invoice.locale);
  return fill(documentLabels(invoice.locale).invoiceTitle, { number: invoice.number, date });
}

/**
 * Счёт на оплату in the layout of a 1C invoice: logo, the bank block, the title over a thick
 * rule, supplier and buyer, the lines, the sums, the count and sum of the lines with the total
 * in words in bold, the payment terms, a thick rule and the signatures.
 */
export const invoiceDefinition = defineDocument<InvoiceDocument, PdfTools>({
  type: "invoice",
  render(invoice, tools) {
    const { labels: l, locale } = tools;
    drawLogo(tools, invoice.images);
    drawBankBlock(tools, invoice.seller);
    tools.write(invoiceTitle(invoice), { size: 13, bold: true, gapAfter: 2 });
    tools.rule(1.5);
    tools.y += 4;
    drawParty(tools, l.supplier, invoice.seller);
    drawParty(tools, l.buyer, invoice.buyer);
    const summary = fill(l.itemsSummary, {
      count: invoice.lines.length,
      sum: formatSum(invoice.totals.total, locale),
    });
    const terms = invoice.paymentTerms ? fill(l.paymentTerms, { terms: invoice.paymentTerms }) : "";
    const tail =
      tools.heightOf(summary) +
      tools.heightOf(invoice.totals.totalInWords, { bold: true }) +
      tools.heightOf(terms) +
      30;
    drawLinesTable(tools, invoice.lines, totalsHeight + tail + signaturesHeight);
    drawTotals(tools, invoice.totals, l.totalDue);
    tools.ensureRoom(tail);
    tools.write(summary, { gapAfter: 1 });
    tools.write(invoice.totals.totalInWords, { bold: true, gapAfter: 6 });
    if (terms) tools.write(terms, { gapAfter: 6 });
    tools.rule(1.5);
    drawSignatures(tools, invoice.director, invoice.accountant, invoice.images);
  },
});

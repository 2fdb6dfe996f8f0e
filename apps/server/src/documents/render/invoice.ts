import { defineDocument, type InvoiceDocument } from "@quartet/core";
import { drawBankBlock } from "./bank-block.ts";
import { formatDocumentDate } from "./format.ts";
import { drawHeading } from "./heading.ts";
import { documentLabels, fill } from "./labels/index.ts";
import { drawLinesAndSums } from "./lines-and-sums.ts";
import { drawLogo } from "./logo.ts";
import type { PdfTools } from "./pdf-tools.ts";
import { drawSignatures, signaturesHeight } from "./signatures.ts";

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
    const { labels: l } = tools;
    drawLogo(tools, invoice.images);
    drawBankBlock(tools, invoice.seller);
    drawHeading(tools, invoiceTitle(invoice), [
      [l.supplier, invoice.seller],
      [l.buyer, invoice.buyer],
    ]);
    const terms = invoice.paymentTerms ? fill(l.paymentTerms, { terms: invoice.paymentTerms }) : "";
    drawLinesAndSums(tools, invoice, { totalLabel: l.totalDue, notes: [terms], keepAfter: signaturesHeight });
    tools.rule(1.5);
    drawSignatures(tools, invoice.director, invoice.accountant, invoice.images);
  },
});

import { defineDocument, type ProposalDocument } from "@quartet/core";
import { formatDocumentDate, formatSum } from "./format.ts";
import { documentLabels, fill } from "./labels/index.ts";
import { drawLinesTable } from "./lines-table.ts";
import { drawLogo } from "./logo.ts";
import { drawParty } from "./parties.ts";
import type { PdfTools } from "./pdf-tools.ts";
import { drawTotals, totalsHeight } from "./totals.ts";

/** The title of a proposal: its own title when given, else «Коммерческое предложение № N от D». */
export function proposalTitle(proposal: ProposalDocument): string {
  const date = formatDocumentDate(proposal.date, proposal.locale);
  return (
    proposal.title ?? fill(documentLabels(proposal.locale).proposalTitle, { number: proposal.number, date })
  );
}

/**
 * Коммерческое предложение: logo, title, from whom to whom, the intro, the lines and sums, the
 * total in words, the payment terms, how long the offer holds and the manager to contact.
 */
export const proposalDefinition = defineDocument<ProposalDocument, PdfTools>({
  type: "proposal",
  render(proposal, tools) {
    const { labels: l, locale } = tools;
    drawLogo(tools, proposal.images);
    tools.write(proposalTitle(proposal), { size: 13, bold: true, gapAfter: 2 });
    tools.rule(1.5);
    tools.y += 4;
    drawParty(tools, l.proposalFrom, proposal.seller);
    drawParty(tools, l.proposalTo, proposal.buyer);
    if (proposal.intro) tools.write(proposal.intro, { size: 10, gapAfter: 10 });
    const summary = fill(l.itemsSummary, {
      count: proposal.lines.length,
      sum: formatSum(proposal.totals.total, locale),
    });
    const tail = tools.heightOf(summary) + tools.heightOf(proposal.totals.totalInWords, { bold: true }) + 12;
    drawLinesTable(tools, proposal.lines, totalsHeight + tail);
    drawTotals(tools, proposal.totals, l.proposalTotal);
    tools.ensureRoom(tail);
    tools.write(summary, { gapAfter: 1 });
    tools.write(proposal.totals.totalInWords, { bold: true, gapAfter: 8 });
    if (proposal.paymentTerms) tools.write(fill(l.paymentTerms, { terms: proposal.paymentTerms }));
    if (proposal.validUntil) {
      tools.write(fill(l.validUntil, { date: formatDocumentDate(proposal.validUntil, locale) }), {
        bold: true,
      });
    }
    if (proposal.manager) {
      const { fullName, phone, email } = proposal.manager;
      tools.y += 6;
      tools.write(fill(l.manager, { name: [fullName, phone, email].filter(Boolean).join(", ") }));
    }
  },
});

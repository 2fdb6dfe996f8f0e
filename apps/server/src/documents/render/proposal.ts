import { defineDocument, type ProposalDocument } from "@quartet/core";
import { formatDocumentDate } from "./format.ts";
import { drawHeading } from "./heading.ts";
import { documentLabels, fill } from "./labels/index.ts";
import { drawLinesAndSums } from "./lines-and-sums.ts";
import { drawLogo } from "./logo.ts";
import type { PdfTools } from "./pdf-tools.ts";

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
    drawHeading(tools, proposalTitle(proposal), [
      [l.proposalFrom, proposal.seller],
      [l.proposalTo, proposal.buyer],
    ]);
    if (proposal.intro) tools.write(proposal.intro, { size: 10, gapAfter: 10 });
    const terms = proposal.paymentTerms ? fill(l.paymentTerms, { terms: proposal.paymentTerms }) : "";
    drawLinesAndSums(tools, proposal, { totalLabel: l.proposalTotal, notes: [terms] });
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

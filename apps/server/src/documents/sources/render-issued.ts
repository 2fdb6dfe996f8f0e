import type { DocumentRegistry, InvoiceDocument, ProposalDocument } from "@quartet/core";
import { type PdfTools, renderPdf } from "../render/index.ts";
import { invoiceTitle } from "../render/invoice.ts";
import { proposalTitle } from "../render/proposal.ts";
import type { IssuedDocumentModel } from "./assemble.ts";
import type { HostedSource } from "./collection.ts";

/**
 * The PDF of an issued document: core's invoice or proposal layout when the source names one
 * (its title in the PDF's properties as printed), else the source's own `render` with
 * `fallbackTitle` (the file name without `.pdf`).
 */
export function renderIssued(
  { source }: HostedSource,
  model: IssuedDocumentModel,
  registry: DocumentRegistry<PdfTools>,
  fallbackTitle: string,
): Promise<Uint8Array> {
  if (source.layout === "invoice") {
    const invoice = { ...model, type: "invoice" } as InvoiceDocument;
    return renderPdf("invoice", invoice, model.locale, invoiceTitle(invoice), registry);
  }
  if (source.layout === "proposal") {
    const proposal = { ...model, type: "proposal" } as ProposalDocument;
    return renderPdf("proposal", proposal, model.locale, proposalTitle(proposal), registry);
  }
  return renderPdf(source.type, model, model.locale, fallbackTitle, registry);
}

import {
  type BusinessDocument,
  createDocumentRegistry,
  type DocumentRegistry,
  DomainError,
  documentMessages,
} from "@quartet/core";
import { invoiceDefinition, invoiceTitle } from "./invoice.ts";
import { fill } from "./labels/index.ts";
import { createPdfTools, finishPdf, type PdfTools } from "./pdf-tools.ts";
import { proposalDefinition, proposalTitle } from "./proposal.ts";

/** A registry with the core's document types (invoice, proposal); plugins add theirs at boot. */
export function createPdfDocumentRegistry(): DocumentRegistry<PdfTools> {
  const registry = createDocumentRegistry<PdfTools>();
  registry.register(invoiceDefinition);
  registry.register(proposalDefinition);
  return registry;
}

const builtIn = createPdfDocumentRegistry();

/**
 * A document of any registered type as PDF bytes: A4, the text set in the embedded DejaVu
 * fonts (selectable, searchable), pages numbered when there are several. Throws `NOT_FOUND`
 * for a type nobody registered.
 *
 * @example const pdf = await renderPdf("invoice", invoice, "ru", "Счёт № 12")
 */
export async function renderPdf<Model>(
  type: string,
  model: Model,
  locale: BusinessDocument["locale"],
  title: string,
  registry: DocumentRegistry<PdfTools> = builtIn,
): Promise<Uint8Array> {
  const definition = registry.get(type);
  if (!definition) throw new DomainError("NOT_FOUND", documentMessages.unknownType, { params: { type } });
  const tools = createPdfTools(locale, title);
  definition.render(model, tools);
  return finishPdf(tools, (page, pages) => fill(tools.labels.page, { page, pages }));
}

/** An invoice or a proposal as PDF bytes, in the document's own language. */
export function renderBusinessDocument(document: BusinessDocument): Promise<Uint8Array> {
  const title = document.type === "invoice" ? invoiceTitle(document) : proposalTitle(document);
  return renderPdf(document.type, document, document.locale, title);
}

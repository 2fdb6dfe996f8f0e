import type { DocumentRegistry } from "@quartet/core";
import { createPdfDocumentRegistry, type PdfTools } from "../render/index.ts";
import type { DocumentSources } from "./collection.ts";

/**
 * The PDF layouts of a host: core's invoice and proposal, plus each source that draws its own
 * (`render`), registered under its type. A plugin's `render` gets the server's `PdfTools`, which
 * is core's `DocumentTools` with the pdfkit document and the labels besides.
 */
export function pdfRegistryOf(sources: DocumentSources): DocumentRegistry<PdfTools> {
  const registry = createPdfDocumentRegistry();
  for (const { source } of sources.all) {
    const draw = source.render;
    if (!draw) continue;
    registry.register({
      type: source.type,
      render: (model: Parameters<typeof draw>[0], tools: PdfTools) => draw(model, tools),
    });
  }
  return registry;
}

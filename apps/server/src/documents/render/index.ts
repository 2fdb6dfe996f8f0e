export { type DocumentLabels, documentLabels } from "./labels/index.ts";
export type { PdfTools, TextOptions } from "./pdf-tools.ts";
export { createPdfDocumentRegistry, renderBusinessDocument, renderPdf } from "./render-document.ts";
export { drawTable, type TableColumn } from "./table.ts";

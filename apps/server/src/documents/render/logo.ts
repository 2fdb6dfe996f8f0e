import type { DocumentImages } from "@quartet/core";
import type { PdfTools } from "./pdf-tools.ts";

const box: [number, number] = [140, 48];

/** The seller's logo at the top left of the first page; the cursor moves below it. */
export function drawLogo(tools: PdfTools, images: DocumentImages | undefined): void {
  if (!images?.logo) return;
  tools.doc.image(Buffer.from(images.logo), tools.left, tools.y, { fit: box });
  tools.y += box[1] + 10;
}

import type { DocumentImages, Signatory } from "@quartet/core";
import type { PdfTools } from "./pdf-tools.ts";
import { signatoryName } from "./signatory-name.ts";

/** The points the signatures take, kept free under the lines table with the sums. */
export const signaturesHeight = 70;

/**
 * «Руководитель ____ Фамилия И.О.» and «Бухгалтер ____ Фамилия И.О.» side by side, with the
 * signature image over the director's line and the stamp over the left half when given.
 */
export function drawSignatures(
  tools: PdfTools,
  director: Signatory | undefined,
  accountant: Signatory | undefined,
  images: DocumentImages | undefined,
): void {
  tools.ensureRoom(signaturesHeight);
  const half = tools.width / 2;
  const lineY = tools.y + 30;
  drawOne(tools, tools.left, half, lineY, tools.labels.director, director);
  drawOne(tools, tools.left + half + 10, half - 10, lineY, tools.labels.accountant, accountant);
  if (images?.stamp)
    tools.doc.image(Buffer.from(images.stamp), tools.left + 100, lineY - 40, { fit: [90, 90] });
  if (images?.signature)
    tools.doc.image(Buffer.from(images.signature), tools.left + 110, lineY - 28, { fit: [80, 32] });
  tools.y += signaturesHeight;
}

function drawOne(
  tools: PdfTools,
  x: number,
  width: number,
  lineY: number,
  caption: string,
  who?: Signatory,
): void {
  const captionWidth = 82;
  tools.textAt(caption, lineY - 10, { x, width: captionWidth, bold: true });
  const lineStart = x + captionWidth;
  const lineEnd = x + width - 10;
  tools.doc.save().lineWidth(0.5).moveTo(lineStart, lineY).lineTo(lineEnd, lineY).stroke().restore();
  if (who)
    tools.textAt(signatoryName(who.fullName), lineY - 10, {
      x: lineStart,
      width: lineEnd - lineStart,
      align: "right",
    });
}

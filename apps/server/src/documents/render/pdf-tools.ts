// The published declarations name pdfkit's global `PDFKit` namespace (PdfTools.doc): keep its types referenced.
/// <reference types="pdfkit" preserve="true" />
import type { DocumentTextOptions, DocumentTools, Locale } from "@quartet/core";
import PDFDocument from "pdfkit";
import { documentFonts } from "./fonts.ts";
import { type DocumentLabels, documentLabels } from "./labels/index.ts";

/** Options of one run of text: where, how wide, how big, bold or not, aligned how. */
export type TextOptions = DocumentTextOptions;

/**
 * The drawing kit a document type renders with: core's `DocumentTools` (the page's usable box, a
 * vertical cursor that moves down as text is written, `ensureRoom` starting a new page when what
 * comes next would run off this one) plus the pdfkit document and the labels of the document's
 * language, which core's own layouts use.
 */
export type PdfTools = DocumentTools & {
  readonly doc: PDFKit.PDFDocument;
  readonly labels: DocumentLabels;
};

const margin = 36;
const baseSize = 9;

/** A fresh A4 document set in the embedded fonts, with its drawing kit. */
export function createPdfTools(locale: Locale, title: string): PdfTools {
  const doc = new PDFDocument({
    size: "A4",
    margin,
    font: documentFonts.regular,
    bufferPages: true,
    lang: locale,
    info: { Title: title, Producer: "Quartet", Creator: "Quartet" },
  });
  doc.registerFont("regular", documentFonts.regular);
  doc.registerFont("bold", documentFonts.bold);
  const left = margin;
  const right = doc.page.width - margin;
  const width = right - left;
  const styled = (opts: TextOptions) => {
    doc.font(opts.bold ? "bold" : "regular").fontSize(opts.size ?? baseSize);
    return { width: opts.width ?? width, align: opts.align ?? "left", lineGap: 1 } as const;
  };
  const tools: PdfTools = {
    doc,
    locale,
    labels: documentLabels(locale),
    left,
    right,
    width,
    top: margin,
    bottom: doc.page.height - margin - 14,
    y: margin,
    heightOf: (text, opts = {}) => doc.heightOfString(text, styled(opts)),
    textAt(text, y, opts = {}) {
      const options = styled(opts);
      const height = doc.heightOfString(text, options);
      doc.text(text, opts.x ?? left, y, options);
      return height;
    },
    write(text, opts = {}) {
      tools.y += tools.textAt(text, tools.y, opts) + (opts.gapAfter ?? 4);
    },
    rule(thickness = 0.6) {
      doc.save().lineWidth(thickness).moveTo(left, tools.y).lineTo(right, tools.y).stroke().restore();
      tools.y += thickness + 4;
    },
    ensureRoom(height) {
      if (tools.y + height <= tools.bottom) return false;
      doc.addPage();
      tools.y = margin;
      return true;
    },
  };
  return tools;
}

/** Numbers the pages (when more than one) and returns the finished PDF's bytes. */
export function finishPdf(
  tools: PdfTools,
  pageLabel: (page: number, pages: number) => string,
): Promise<Uint8Array> {
  const { doc } = tools;
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  const range = doc.bufferedPageRange();
  if (range.count > 1) {
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i);
      const label = pageLabel(i + 1, range.count);
      doc.font("regular").fontSize(7);
      doc.text(label, tools.left, tools.bottom + 4, { width: tools.width, align: "right", lineBreak: false });
    }
  }
  doc.end();
  return done;
}

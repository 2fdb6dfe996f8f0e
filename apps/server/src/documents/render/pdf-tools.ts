import type { Locale } from "@quartet/core";
import PDFDocument from "pdfkit";
import { documentFonts } from "./fonts.ts";
import { type DocumentLabels, documentLabels } from "./labels/index.ts";

/** Options of one run of text: where, how wide, how big, bold or not, aligned how. */
export type TextOptions = {
  readonly x?: number;
  readonly width?: number;
  readonly size?: number;
  readonly bold?: boolean;
  readonly align?: "left" | "right" | "center";
};

/**
 * The drawing kit a document type renders with: the pdfkit document, the page's usable box,
 * a vertical cursor that moves down as text is written, and the labels of the document's
 * language. `ensureRoom` starts a new page when what comes next would run off this one.
 */
export type PdfTools = {
  readonly doc: PDFKit.PDFDocument;
  readonly locale: Locale;
  readonly labels: DocumentLabels;
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
  /** Where the next block starts, in points from the page's top. */
  y: number;
  /** The height `text` would take at `width`. */
  heightOf(text: string, opts?: TextOptions): number;
  /** Writes `text` at the cursor (or `opts.x`) without moving it; returns the height taken. */
  textAt(text: string, y: number, opts?: TextOptions): number;
  /** Writes `text` at the cursor and moves the cursor below it. */
  write(text: string, opts?: TextOptions & { gapAfter?: number }): void;
  /** A horizontal rule across the page at the cursor. */
  rule(thickness?: number): void;
  /** Starts a new page unless `height` points still fit below the cursor; returns whether it did. */
  ensureRoom(height: number): boolean;
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

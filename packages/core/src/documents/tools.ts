import type { Locale } from "../i18n.ts";

/** Options of one run of text: where, how wide, how big, bold or not, aligned how. */
export type DocumentTextOptions = {
  readonly x?: number;
  readonly width?: number;
  readonly size?: number;
  readonly bold?: boolean;
  readonly align?: "left" | "right" | "center";
};

/**
 * The drawing kit a plugin's own document layout gets (`DocumentSource.render`): an A4 page's
 * usable box in points, a vertical cursor that moves down as text is written, and text in the
 * embedded Cyrillic font. The server's PDF kit implements it; core stays free of any PDF library.
 *
 * @example render: (act, t) => { t.write(`Акт № ${act.number}`, { size: 14, bold: true }); t.rule(); }
 */
export type DocumentTools = {
  readonly locale: Locale;
  readonly left: number;
  readonly right: number;
  readonly width: number;
  readonly top: number;
  readonly bottom: number;
  /** Where the next block starts, in points from the page's top. */
  y: number;
  /** The height `text` would take at `width`. */
  heightOf(text: string, opts?: DocumentTextOptions): number;
  /** Writes `text` at `y` (and `opts.x`) without moving the cursor; returns the height taken. */
  textAt(text: string, y: number, opts?: DocumentTextOptions): number;
  /** Writes `text` at the cursor and moves the cursor below it. */
  write(text: string, opts?: DocumentTextOptions & { gapAfter?: number }): void;
  /** A horizontal rule across the page at the cursor. */
  rule(thickness?: number): void;
  /** Starts a new page unless `height` points still fit below the cursor; returns whether it did. */
  ensureRoom(height: number): boolean;
};

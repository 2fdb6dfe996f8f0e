import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const fontsDir = join(
  dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")),
  "ttf",
);

/**
 * The TrueType files every document is set in, shipped by the `dejavu-fonts-ttf` npm package
 * (no system fonts): DejaVu Sans Condensed has Cyrillic, ₽ and a bold, and is narrow enough for
 * the lines table. pdfkit embeds only the glyphs a document uses (a subset).
 */
export const documentFonts = {
  regular: join(fontsDir, "DejaVuSansCondensed.ttf"),
  bold: join(fontsDir, "DejaVuSansCondensed-Bold.ttf"),
} as const;

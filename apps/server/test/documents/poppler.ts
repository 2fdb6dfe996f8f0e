import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Where the documents' tests leave their PNGs to look at (git-ignored). */
export const documentArtifactsDir = fileURLToPath(
  new URL("../../test-artifacts/documents/", import.meta.url),
);

function saved(pdf: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), "quartet-pdf-")), "document.pdf");
  writeFileSync(path, pdf);
  return path;
}

/** The text poppler's `pdftotext` extracts, as a reader copying from the PDF would get it. */
export function pdfText(pdf: Uint8Array): string {
  return execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", saved(pdf), "-"], { encoding: "utf8" });
}

/** The fonts `pdffonts` lists: name, whether embedded, subset, and mapped to Unicode (so text copies out). */
export function pdfFonts(
  pdf: Uint8Array,
): { name: string; embedded: boolean; subset: boolean; unicode: boolean }[] {
  const out = execFileSync("pdffonts", [saved(pdf)], { encoding: "utf8" });
  return out
    .split("\n")
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      const [emb, sub, uni] = cols.slice(-5, -2);
      return { name: cols[0] ?? "", embedded: emb === "yes", subset: sub === "yes", unicode: uni === "yes" };
    });
}

/** The page count `pdfinfo` reads. */
export function pdfPages(pdf: Uint8Array): number {
  const out = execFileSync("pdfinfo", [saved(pdf)], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(out)?.[1]);
}

/** The pictures drawn on the pages, as `width`x`height` in the order `pdfimages` lists them (masks left out). */
export function pdfImages(pdf: Uint8Array): string[] {
  const out = execFileSync("pdfimages", ["-list", saved(pdf)], { encoding: "utf8" });
  return out
    .split("\n")
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cols) => cols[2] === "image")
    .map((cols) => `${cols[3]}x${cols[4]}`);
}

/** Renders each page to `<name>-<page>.png` at 80 dpi with `pdftoppm`; returns the files. */
export function pdfToPngs(pdf: Uint8Array, name: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), "quartet-png-"));
  execFileSync("pdftoppm", ["-png", "-r", "80", saved(pdf), join(dir, "page")]);
  mkdirSync(documentArtifactsDir, { recursive: true });
  return readdirSync(dir)
    .sort()
    .map((file, index) => {
      const target = join(documentArtifactsDir, `${name}-${index + 1}.png`);
      copyFileSync(join(dir, file), target);
      return target;
    });
}

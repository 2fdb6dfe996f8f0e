import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Download } from "playwright-core";
import { artifactsDir } from "./paths.ts";

/**
 * Saves a downloaded PDF among the screenshots, renders its first page to `<name>.png` with
 * poppler's `pdftoppm` (to look at) and answers its text as `pdftotext` reads it. Throws when
 * the file is not a PDF.
 */
export async function savePdf(download: Download, name: string): Promise<string> {
  const path = join(artifactsDir, `${name}.pdf`);
  await download.saveAs(path);
  if (readFileSync(path).subarray(0, 5).toString("latin1") !== "%PDF-")
    throw new Error(`${name} is not a PDF`);
  execFileSync("pdftoppm", ["-png", "-r", "80", "-singlefile", path, join(artifactsDir, name)]);
  return execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"], { encoding: "utf8" });
}

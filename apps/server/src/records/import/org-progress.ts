import type { DatabaseHandle } from "@quartet/db";
import { loadImport } from "./deps.ts";
import type { ImportProgress } from "./progress.ts";

/**
 * Live progress of an import of the caller's organisation. Progress is kept in memory by import
 * id, so the import is looked up in the organisation's own database first: another organisation's
 * import id (or a guess) is NOT_FOUND, never its progress.
 */
export async function orgImportProgress(
  handle: DatabaseHandle,
  imports: { progress: (importId: string) => ImportProgress | null },
  importId: string,
): Promise<ImportProgress | null> {
  await loadImport(handle, importId);
  return imports.progress(importId);
}

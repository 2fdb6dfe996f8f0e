import { idCursor, type Locale, readStoredMessage, wordRef } from "@quartet/core";
import type { DatabaseHandle } from "@quartet/db";
import { importErrors, imports } from "@quartet/db/org";
import { and, asc, desc, eq, gt, lt } from "drizzle-orm";
import { z } from "zod";
import { loadImport } from "./deps.ts";
import { wordRowError } from "./row-error-words.ts";

/** Filters of the import list: newest first, a cursor (an import id) for the next page. */
export const importListInput = z.object({
  cursor: idCursor("imp").optional(),
  limit: z.number().int().min(1).max(100).default(20),
});

/** A message stored by `storeMessage` (or plain text of an older row) in `locale`. */
export const wordStored = (locale: Locale, text: string): string => wordRef(locale, readStoredMessage(text));

/** The organisation's imports, newest first, without the server-side file path. */
export async function listImports(handle: DatabaseHandle, input: z.infer<typeof importListInput>) {
  const rows = await handle.db
    .select()
    .from(imports)
    .where(input.cursor ? lt(imports.id, input.cursor) : undefined)
    .orderBy(desc(imports.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit).map(({ filePath: _, ...row }) => row);
  return { items: page, nextCursor: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null };
}

/** A page of an import's row errors, by row: `afterRow` is the cursor. */
export const importErrorsInput = z.object({
  importId: z.string().min(1),
  afterRow: z.number().int().min(0).optional(),
  limit: z.number().int().min(1).max(500).default(100),
});

/**
 * Row errors in row order, each worded in `locale` with its kind (refused, duplicate, warning)
 * and code (`wordRowError`); every error of the last row on the page
 * is included, so rows never split. NOT_FOUND for an import the organisation does not have.
 */
export async function listImportErrors(
  handle: DatabaseHandle,
  input: z.infer<typeof importErrorsInput>,
  locale: Locale = "en",
) {
  await loadImport(handle, input.importId);
  const rows = await handle.db
    .select({
      row: importErrors.row,
      field: importErrors.field,
      kind: importErrors.kind,
      message: importErrors.message,
      value: importErrors.value,
    })
    .from(importErrors)
    .where(and(eq(importErrors.importId, input.importId), gt(importErrors.row, input.afterRow ?? 0)))
    .orderBy(asc(importErrors.row), asc(importErrors.field))
    .limit(input.limit + 1);
  const worded = (row: (typeof rows)[number]) => ({
    ...row,
    ...wordRowError(locale, readStoredMessage(row.message), row.kind),
  });
  if (rows.length <= input.limit) return { items: rows.map(worded), nextAfterRow: null };
  const lastRow = rows[input.limit - 1]?.row ?? 0;
  const more = await handle.db
    .select({
      row: importErrors.row,
      field: importErrors.field,
      kind: importErrors.kind,
      message: importErrors.message,
      value: importErrors.value,
    })
    .from(importErrors)
    .where(and(eq(importErrors.importId, input.importId), eq(importErrors.row, lastRow)))
    .orderBy(asc(importErrors.field));
  const items = [...rows.filter((r) => r.row < lastRow), ...more].map(worded);
  return { items, nextAfterRow: lastRow };
}

import type { Locale } from "@quartet/core";
import type { DatabaseHandle } from "@quartet/db";
import type { CsvColumn } from "../export/csv-response.ts";
import { listImportErrors } from "./list-imports.ts";
import { headerOfField, type Mapping } from "./mapping.ts";

/** The columns of an import's error report. */
export const importErrorColumns: CsvColumn[] = [
  { key: "row", header: { en: "Row", ru: "Строка" } },
  { key: "kindText", header: { en: "Kind", ru: "Вид" } },
  { key: "column", header: { en: "Column", ru: "Столбец" } },
  { key: "field", header: { en: "Field", ru: "Поле" } },
  { key: "message", header: { en: "Problem", ru: "Ошибка" } },
  { key: "value", header: { en: "Value", ru: "Значение" } },
  { key: "code", header: { en: "Code", ru: "Код" } },
];

/** Every row error of an import in `locale`, with the file's column header of each field, read 500 at a time. */
export async function* importErrorRows(
  handle: DatabaseHandle,
  job: { id: string; mapping: Record<string, string | null> },
  locale: Locale,
): AsyncGenerator<Record<string, unknown>> {
  const headers = headerOfField(job.mapping as Mapping);
  let afterRow = 0;
  for (;;) {
    const page = await listImportErrors(handle, { importId: job.id, afterRow, limit: 500 }, locale);
    for (const item of page.items) yield { ...item, column: headers.get(item.field) ?? "" };
    if (page.nextAfterRow === null) return;
    afterRow = page.nextAfterRow;
  }
}

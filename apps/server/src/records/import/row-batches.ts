import type { RowError } from "./batch-statements.ts";
import { isBlankRecord } from "./csv-dialect.ts";
import type { CsvFile } from "./csv-file.ts";
import type { ColumnPlan } from "./mapping.ts";
import { readRow, type ValidRow } from "./read-row.ts";

/** A data record with its spreadsheet row number (the header is row 1). */
export type NumberedRecord = { row: number; record: string[] };

/** Data records in batches of `size`, after skipping the first `skip` (a resumed import's `next_row`). */
export async function* recordBatches(
  csv: CsvFile,
  skip: number,
  size: number,
): AsyncGenerator<NumberedRecord[]> {
  let index = 0;
  let batch: NumberedRecord[] = [];
  for await (const record of csv.records) {
    index++;
    if (index <= skip) continue;
    batch.push({ row: index + 1, record });
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** A batch read through the column plan: valid rows with their warnings, and the issues of invalid ones. */
export type ReadBatch = {
  valid: { row: number; data: ValidRow; warnings: RowError[] }[];
  errors: RowError[];
  invalid: number;
};

/** Validates every record of a batch; blank records are left out altogether. */
export function readBatch(records: readonly NumberedRecord[], plan: ColumnPlan): ReadBatch {
  const out: ReadBatch = { valid: [], errors: [], invalid: 0 };
  for (const { row, record } of records) {
    if (isBlankRecord(record)) continue;
    const reading = readRow(record, plan);
    if (reading.ok) {
      const warnings = reading.warnings.map((issue) => ({ row, ...issue }));
      out.valid.push({ row, data: reading.row, warnings });
    } else {
      out.invalid++;
      for (const issue of reading.issues) out.errors.push({ row, ...issue });
    }
  }
  return out;
}

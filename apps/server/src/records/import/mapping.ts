import { DomainError, importMessages, type TargetField, targetFields } from "@quartet/core";
import { z } from "zod";

/** A mapping as the API takes it: CSV header → target field, or null to ignore the column. */
export const mappingInput = z.record(z.string(), z.enum(targetFields).nullable());

/** A checked mapping. */
export type Mapping = Record<string, TargetField | null>;

/** The field of each column, by position (null: ignored). */
export type ColumnPlan = (TargetField | null)[];

/**
 * Checks a mapping against the file's headers and turns it into a column plan: every key must
 * be a header, no field may take two columns, and some column must give the client's name.
 */
export function planColumns(headers: readonly string[], mapping: Mapping): ColumnPlan {
  const known = new Set(headers);
  const fields: Record<string, string> = {};
  const used = new Map<TargetField, string>();
  for (const [header, field] of Object.entries(mapping)) {
    if (!known.has(header)) fields[header] = "No such column in the file";
    if (!field) continue;
    const other = used.get(field);
    if (other) fields[header] = `"${field}" is already taken by column "${other}"`;
    used.set(field, header);
  }
  if (!used.has("name") && !used.has("legalName") && !used.has("contactName")) {
    fields.mapping = "Choose the column with the client's name";
  }
  if (Object.keys(fields).length > 0)
    throw new DomainError("BAD_INPUT", importMessages.mappingMismatch, { fields });
  return headers.map((header) => mapping[header] ?? null);
}

/** The column header each field was taken from, for the error report. */
export function headerOfField(mapping: Mapping): Map<string, string> {
  const out = new Map<string, string>();
  for (const [header, field] of Object.entries(mapping)) if (field) out.set(field, header);
  return out;
}

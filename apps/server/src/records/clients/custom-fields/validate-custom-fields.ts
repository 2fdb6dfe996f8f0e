import { DomainError, type LocalizedText, type MessageRef, recordMessages } from "@quartet/core";
import type { customFieldDefs } from "@quartet/db/org";

/** A custom field definition as stored. */
export type FieldDef = typeof customFieldDefs.$inferSelect;

/** A custom field's value as stored: text and dates and select options are strings. */
export type FieldValue = string | number | boolean;

/**
 * Checks a client's custom field values against the organisation's definitions and returns them
 * cleaned (blanks and nulls dropped, text trimmed). BAD_INPUT names each `customFields.<key>` at fault: an
 * unknown key, a value of the wrong type, a select value not among the options, a missing required one.
 */
export function validateCustomFields(
  defs: readonly FieldDef[],
  values: Readonly<Record<string, unknown>>,
): Record<string, FieldValue> {
  const byKey = new Map(defs.map((def) => [def.key, def]));
  const fields: Record<string, MessageRef> = {};
  const out: Record<string, FieldValue> = {};
  for (const [key, raw] of Object.entries(values)) {
    const def = byKey.get(key);
    const value = typeof raw === "string" ? raw.trim() : raw;
    if (value === null || value === undefined || value === "") continue;
    if (!def) fields[`customFields.${key}`] = { key: recordMessages.noSuchFieldHere };
    else {
      const problem = problemOf(def, value);
      if (problem) fields[`customFields.${key}`] = problem;
      else out[key] = value as FieldValue;
    }
  }
  for (const def of defs) {
    const path = `customFields.${def.key}`;
    if (def.required && !(def.key in out) && !fields[path])
      fields[path] = { key: recordMessages.fieldRequired, params: { label: labelOf(def) } };
  }
  if (Object.keys(fields).length > 0) {
    throw new DomainError("BAD_INPUT", recordMessages.customFieldsInvalid, {
      params: { fields: Object.keys(fields).join(", ") },
      fields,
    });
  }
  return out;
}

function problemOf(def: FieldDef, value: unknown): MessageRef | null {
  switch (def.type) {
    case "text":
      return typeof value === "string" ? null : { key: recordMessages.mustBeText };
    case "number":
      return typeof value === "number" && Number.isFinite(value)
        ? null
        : { key: recordMessages.mustBeNumber };
    case "boolean":
      return typeof value === "boolean" ? null : { key: recordMessages.mustBeYesNo };
    case "date":
      return typeof value === "string" && isCalendarDate(value) ? null : { key: recordMessages.mustBeDate };
    case "select":
      return typeof value === "string" && def.options.includes(value)
        ? null
        : { key: recordMessages.mustBeOneOf, params: { options: def.options.join(", ") } };
  }
}

/** True for an existing `YYYY-MM-DD` date. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function labelOf(def: FieldDef): LocalizedText {
  return { en: def.label.en || def.label.ru || def.key, ru: def.label.ru || def.label.en || def.key };
}

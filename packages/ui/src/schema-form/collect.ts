import { amountMinorOf, parseDecimal } from "../i18n/number-input.ts";
import { type Draft, isRecord, variantOf } from "./draft.ts";
import { type DraftError, isDraftError } from "./draft-error.ts";
import { childPath, type FieldSpec } from "./fields.ts";
import { rowKeys } from "./row-keys.ts";

type Errors = Record<string, DraftError>;
type NumberField = FieldSpec & { kind: "number" };

function numberOf(field: NumberField, raw: string): number | DraftError | undefined {
  if (raw.trim() === "") return field.required ? { code: "required" } : undefined;
  const money = field.unit === "money";
  const parsed = money ? amountMinorOf(raw) : parseDecimal(raw);
  if (parsed === null) {
    return money && parseDecimal(raw) !== null ? { code: "tooPrecise" } : { code: "notNumber" };
  }
  if (field.integer && !Number.isInteger(parsed)) return { code: "notInteger" };
  const unit = money ? { money: true as const } : {};
  if (field.minimum !== undefined && parsed < field.minimum)
    return { code: "tooSmall", limit: field.minimum, ...unit };
  if (field.maximum !== undefined && parsed > field.maximum)
    return { code: "tooLarge", limit: field.maximum, ...unit };
  return parsed;
}

function textOf(
  raw: string,
  rule: {
    required: boolean;
    minLength?: number | undefined;
    maxLength?: number | undefined;
    pattern?: string | undefined;
  },
): DraftError | undefined {
  if (raw.trim() === "") return rule.required || (rule.minLength ?? 0) > 0 ? { code: "required" } : undefined;
  if (rule.minLength !== undefined && raw.length < rule.minLength)
    return { code: "tooShort", limit: rule.minLength };
  if (rule.maxLength !== undefined && raw.length > rule.maxLength)
    return { code: "tooLong", limit: rule.maxLength };
  if (rule.pattern !== undefined && !new RegExp(rule.pattern).test(raw)) return { code: "pattern" };
  return undefined;
}

/** A list's rows with every hidden row code filled in (new rows get one from their English name). */
function keyedRows(field: FieldSpec & { kind: "list" }, rows: Draft[]): Draft[] {
  const keyField = field.fields.find((f) => f.kind === "key");
  if (!keyField) return rows;
  const named = field.fields.find((f) => f.kind === "localized");
  const hints = rows.map((row) => {
    const name = named ? row[named.key] : undefined;
    return isRecord(name) && typeof name.en === "string" ? name.en : "";
  });
  const keys = rowKeys(
    rows.map((row) => (typeof row[keyField.key] === "string" ? (row[keyField.key] as string) : "")),
    hints,
  );
  return rows.map((row, index) => ({ ...row, [keyField.key]: keys[index] }));
}

function collectField(field: FieldSpec, raw: unknown, path: string, errors: Errors): unknown {
  const fail = (error: DraftError | undefined, at = path) => {
    if (error) errors[at] = error;
    return undefined;
  };
  switch (field.kind) {
    case "object":
      return collectInto(field.fields, isRecord(raw) ? raw : {}, path, errors);
    case "list": {
      const rows = keyedRows(field, Array.isArray(raw) ? raw.filter(isRecord) : []);
      if (field.minItems !== undefined && rows.length < field.minItems)
        fail({ code: "tooFew", limit: field.minItems });
      if (field.maxItems !== undefined && rows.length > field.maxItems)
        fail({ code: "tooMany", limit: field.maxItems });
      return rows.map((row, index) => collectInto(field.fields, row, childPath(path, index), errors));
    }
    case "variant": {
      const variant = variantOf(field, raw);
      if (!variant) return undefined;
      const own = collectInto(variant.fields, isRecord(raw) ? raw : {}, path, errors);
      return { [field.discriminator]: variant.value, ...own };
    }
    case "localized": {
      const value = isRecord(raw) ? raw : {};
      const rule = { required: true, minLength: field.minLength, maxLength: field.maxLength };
      const ru = String(value.ru ?? "");
      const en = String(value.en ?? "");
      fail(textOf(ru, rule), childPath(path, "ru"));
      fail(textOf(en, rule), childPath(path, "en"));
      return { ru, en };
    }
    case "number": {
      const value = numberOf(field, typeof raw === "string" ? raw : "");
      return isDraftError(value) ? fail(value) : value;
    }
    case "string": {
      const value = typeof raw === "string" ? raw : "";
      const error = textOf(value, field);
      if (error) return fail(error);
      // A blank optional text: "" where the schema has a default (so clearing it sticks), else left out.
      return value === "" && field.defaultValue === undefined ? undefined : value;
    }
    case "enum":
      if (raw === "" || raw === undefined) return field.required ? fail({ code: "required" }) : undefined;
      return raw;
    case "tags":
      if (field.maxItems !== undefined && Array.isArray(raw) && raw.length > field.maxItems) {
        return fail({ code: "tooMany", limit: field.maxItems });
      }
      return raw;
    default:
      return raw;
  }
}

function collectInto(fields: readonly FieldSpec[], draft: Draft, prefix: string, errors: Errors): Draft {
  const settings: Draft = {};
  for (const field of fields) {
    const value = collectField(field, draft[field.key], childPath(prefix, field.key), errors);
    if (value !== undefined) settings[field.key] = value;
  }
  return settings;
}

/**
 * Turns the working copy into settings to submit: numbers parsed (money back to minor units)
 * and bounds checked, texts checked against their lengths and patterns, new list rows given
 * codes, blank optional values left out. Problems come back by dotted path, like the server's
 * field errors (`lostReasons.2.label.ru`).
 */
export function settingsOf(
  fields: readonly FieldSpec[],
  draft: Draft,
): { settings: Record<string, unknown>; errors: Record<string, DraftError> } {
  const errors: Errors = {};
  const settings = collectInto(fields, draft, "", errors);
  return { settings, errors };
}

import type { FieldSpec } from "./fields.ts";

/** The form's working copy: settings as typed so far, numbers kept as the text in their box. */
export type Draft = Record<string, unknown>;

/** Why a value cannot be submitted yet, checked before the server sees it. */
export type DraftError =
  | { code: "required" }
  | { code: "notNumber" }
  | { code: "notInteger" }
  | { code: "tooSmall"; limit: number }
  | { code: "tooLarge"; limit: number };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function draftValue(field: FieldSpec, stored: unknown): unknown {
  const value = stored === undefined || stored === null ? field.defaultValue : stored;
  switch (field.kind) {
    case "object":
      return draftOf(field.fields, isRecord(value) ? value : {});
    case "number":
      return typeof value === "number" ? String(value) : "";
    case "boolean":
      return value === true;
    case "tags":
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
    case "string":
    case "enum":
      return typeof value === "string" ? value : "";
    case "unsupported":
      return value;
  }
}

/** The working copy of stored settings (secrets arrive masked), defaults filling the gaps. */
export function draftOf(fields: readonly FieldSpec[], stored: Record<string, unknown>): Draft {
  return Object.fromEntries(fields.map((field) => [field.key, draftValue(field, stored[field.key])]));
}

function numberOf(field: FieldSpec & { kind: "number" }, raw: string): number | DraftError | undefined {
  if (raw.trim() === "") return field.required ? { code: "required" } : undefined;
  const value = Number(raw.replace(",", "."));
  if (!Number.isFinite(value)) return { code: "notNumber" };
  if (field.integer && !Number.isInteger(value)) return { code: "notInteger" };
  if (field.minimum !== undefined && value < field.minimum) return { code: "tooSmall", limit: field.minimum };
  if (field.maximum !== undefined && value > field.maximum) return { code: "tooLarge", limit: field.maximum };
  return value;
}

const isError = (value: unknown): value is DraftError => isRecord(value) && typeof value.code === "string";

/**
 * Turns the working copy into settings to submit: numbers parsed and bounds checked, blank
 * optional values left out. Problems come back by dotted path, like the server's field errors.
 */
export function settingsOf(
  fields: readonly FieldSpec[],
  draft: Draft,
): { settings: Record<string, unknown>; errors: Record<string, DraftError> } {
  const settings: Record<string, unknown> = {};
  const errors: Record<string, DraftError> = {};
  for (const field of fields) {
    const raw = draft[field.key];
    if (field.kind === "object") {
      const nested = settingsOf(field.fields, isRecord(raw) ? raw : {});
      settings[field.key] = nested.settings;
      Object.assign(errors, nested.errors);
    } else if (field.kind === "number") {
      const value = numberOf(field, typeof raw === "string" ? raw : "");
      if (isError(value)) errors[field.path] = value;
      else if (value !== undefined) settings[field.key] = value;
    } else if (field.kind === "string" || field.kind === "enum") {
      if (raw !== "" && raw !== undefined) settings[field.key] = raw;
      else if (field.required) errors[field.path] = { code: "required" };
    } else if (raw !== undefined) {
      settings[field.key] = raw;
    }
  }
  return { settings, errors };
}

/** A copy of the draft with the value at a dotted path replaced. */
export function setAt(draft: Draft, path: string, value: unknown): Draft {
  const [head, ...rest] = path.split(".");
  if (head === undefined) return draft;
  if (rest.length === 0) return { ...draft, [head]: value };
  const child = isRecord(draft[head]) ? (draft[head] as Draft) : {};
  return { ...draft, [head]: setAt(child, rest.join("."), value) };
}

/** The value at a dotted path of the draft. */
export function getAt(draft: Draft, path: string): unknown {
  let node: unknown = draft;
  for (const part of path.split(".")) node = isRecord(node) ? node[part] : undefined;
  return node;
}

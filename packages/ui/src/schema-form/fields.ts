import type { LocalizedText } from "../i18n/types.ts";

/** A label as a JSON schema carries it: plain text, or `{ en, ru }` from `labelled()` / `.meta()`. */
export type SchemaText = string | LocalizedText;

/** How a number is shown and typed: as is, money in major units, a percentage, or a duration. */
export type NumberUnit = "plain" | "money" | "percent" | "hours" | "days";

/** Why a value has no input of its own; the form says so in words, never shows raw JSON. */
export type UnsupportedReason = "array" | "union" | "unknown";

type Common = {
  key: string;
  title: SchemaText | undefined;
  description: SchemaText | undefined;
  required: boolean;
  /** The schema's `default`, used when nothing is stored yet. */
  defaultValue: unknown;
  /** The plugin's words for a value the server refused (`invalid` in the setting's meta). */
  invalid: SchemaText | undefined;
  /** The heading of the group a top-level field belongs to (`section` in the meta). */
  section: SchemaText | undefined;
};

/** One choice of an enum or a variant, with its label when the schema gives one. */
export type FieldOption = { value: string; label: SchemaText | undefined };

/** One shape of a discriminated union: the discriminator's value, its label and its other fields. */
export type FieldVariant = FieldOption & { fields: FieldSpec[] };

/** One field of a settings form, derived from a JSON schema node. */
export type FieldSpec =
  | (Common & {
      kind: "string";
      secret: boolean;
      format: string | undefined;
      multiline: boolean;
      minLength: number | undefined;
      maxLength: number | undefined;
      pattern: string | undefined;
    })
  | (Common & {
      kind: "number";
      unit: NumberUnit;
      integer: boolean;
      minimum: number | undefined;
      maximum: number | undefined;
    })
  | (Common & { kind: "boolean" })
  | (Common & { kind: "enum"; options: FieldOption[] })
  | (Common & { kind: "tags"; maxItems: number | undefined })
  | (Common & { kind: "object"; fields: FieldSpec[] })
  | (Common & { kind: "localized"; minLength: number | undefined; maxLength: number | undefined })
  | (Common & {
      kind: "list";
      fields: FieldSpec[];
      item: SchemaText | undefined;
      minItems: number | undefined;
      maxItems: number | undefined;
    })
  | (Common & { kind: "variant"; discriminator: string; variants: FieldVariant[] })
  | (Common & { kind: "key"; pattern: string | undefined })
  | (Common & { kind: "unsupported"; reason: UnsupportedReason });

/** "apiToken" / "api_token" → "Api token": a label for a field whose schema has no title. */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Joins a dotted path: `childPath("lostReasons.0", "label") // "lostReasons.0.label"`. */
export const childPath = (parent: string, key: string | number): string =>
  parent === "" ? String(key) : `${parent}.${key}`;

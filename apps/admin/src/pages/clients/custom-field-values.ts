import { parseDecimal } from "../client/money-input.ts";

/** A custom field as `core.clients.fields.list` defines it. */
export type CustomFieldDef = {
  key: string;
  label: { en: string; ru: string };
  type: "text" | "number" | "boolean" | "date" | "select";
  options: string[];
  required: boolean;
};

/** Custom field values as a form holds them: text for every type but a yes/no, which is a boolean. */
export type CustomFieldDraft = Record<string, string | boolean>;

/** The form values of a client's stored custom fields (missing ones blank). */
export function customFieldDraftOf(
  defs: readonly CustomFieldDef[],
  stored: Readonly<Record<string, unknown>>,
): CustomFieldDraft {
  return Object.fromEntries(
    defs.map((def) => {
      const value = stored[def.key];
      if (def.type === "boolean") return [def.key, value === true];
      return [def.key, value === null || value === undefined ? "" : String(value)];
    }),
  );
}

/**
 * What the server takes for the form's values: numbers as numbers (text that is not one goes as
 * typed, so the server's "Must be a number" lands under the field), blanks as null, yes/no as booleans.
 *
 * @example customFieldValuesOf([{ key: "budget", type: "number", … }], { budget: "1 500" }) // { budget: 1500 }
 */
export function customFieldValuesOf(
  defs: readonly CustomFieldDef[],
  draft: CustomFieldDraft,
): Record<string, string | number | boolean | null> {
  return Object.fromEntries(
    defs.map((def) => {
      const value = draft[def.key];
      if (def.type === "boolean") return [def.key, value === true];
      const text = typeof value === "string" ? value.trim() : "";
      if (text === "") return [def.key, null];
      if (def.type === "number") return [def.key, parseDecimal(text) ?? text];
      return [def.key, text];
    }),
  );
}

import type { JSX } from "solid-js";
import { currencySign } from "../i18n/format.ts";
import { uiText } from "../i18n/ui-messages.ts";
import { type Draft, setAt } from "./draft.ts";
import { type FieldSpec, humanize } from "./fields.ts";
import { say } from "./schema-text.ts";

/** What a generated settings form renders and where its edits go. */
export type SchemaFormProps = {
  fields: readonly FieldSpec[];
  draft: Draft;
  onChange: (draft: Draft) => void;
  /** Messages by dotted path: the server's field errors and the draft's own. */
  errors: Readonly<Record<string, string>>;
  disabled?: boolean;
  /** The currency of money settings (ISO 4217); RUB unless the organisation keeps another. */
  currency?: string;
  /** Called with the path of each edit, e.g. to clear that field's message. */
  onEdit?: (path: string) => void;
};

/** What each field component gets: the form, the field and where its value sits in the draft. */
export type FieldProps<F extends FieldSpec = FieldSpec> = {
  field: F;
  path: string;
  form: SchemaFormProps;
  /** Renders nested fields (object members, a list row, a variant's own fields) under a path. */
  renderFields: (fields: readonly FieldSpec[], path: string) => JSX.Element;
};

export { say };

/** Puts a new value at `path` of the form's draft and tells the form which field was edited. */
export function edit(form: SchemaFormProps, path: string, value: unknown): void {
  form.onChange(setAt(form.draft, path, value));
  form.onEdit?.(path);
}

/** A field's label: its title, with the unit of a number (`Monthly target, ₽`). */
export function labelOf(field: FieldSpec, currency = "RUB"): string {
  const label = say(field.title) ?? humanize(field.key);
  if (field.kind !== "number" || field.unit === "plain") return label;
  const words = uiText();
  if (field.unit === "money") {
    return words.t("settingsForm.money", { label, sign: currencySign(words.locale(), currency) });
  }
  return words.t(`settingsForm.${field.unit}`, { label });
}

import type { JSX } from "solid-js";
import { TextField } from "../components/text-field.tsx";
import { uiText } from "../i18n/ui-messages.ts";
import { getAt } from "./draft.ts";
import { moneyLimit } from "./draft-error-text.ts";
import type { FieldSpec } from "./fields.ts";
import { edit, type FieldProps, labelOf, say } from "./form-context.ts";

type NumberSpec = FieldSpec & { kind: "number" };

function boundText(field: NumberSpec, value: number, currency: string): string {
  const words = uiText();
  return field.unit === "money" ? moneyLimit(words.locale(), value, currency) : words.formatNumber(value);
}

/** The field's own hint, else its range in words ("From 1 to 365"; money in roubles). */
function hintOf(field: NumberSpec, currency: string): string | undefined {
  const own = say(field.description);
  if (own) return own;
  const words = uiText();
  const { minimum: min, maximum: max } = field;
  if (min !== undefined && max !== undefined) {
    return words.t("range", { min: boundText(field, min, currency), max: boundText(field, max, currency) });
  }
  if (min !== undefined) return words.t("tooSmall", { limit: boundText(field, min, currency) });
  if (max !== undefined) return words.t("tooLarge", { limit: boundText(field, max, currency) });
  return undefined;
}

/**
 * A number typed as text (a decimal comma and spaces between thousands welcome): plain,
 * money in major units, a percentage or a duration, its unit in the label.
 */
export function NumberField(props: FieldProps<NumberSpec>): JSX.Element {
  const currency = () => props.form.currency ?? "RUB";
  return (
    <TextField
      label={labelOf(props.field, currency())}
      inputMode={props.field.integer && props.field.unit !== "money" ? "numeric" : "decimal"}
      description={hintOf(props.field, currency())}
      value={String(getAt(props.form.draft, props.path) ?? "")}
      onChange={(value) => edit(props.form, props.path, value)}
      error={props.form.errors[props.path]}
      disabled={props.form.disabled}
      class="q-field--number"
    />
  );
}

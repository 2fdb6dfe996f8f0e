import { createMemo, type JSX } from "solid-js";
import { Select } from "../components/select.tsx";
import { uiText } from "../i18n/ui-messages.ts";
import { getAt, isRecord, variantDraft, variantOf } from "./draft.ts";
import type { FieldSpec } from "./fields.ts";
import { edit, type FieldProps, labelOf, say } from "./form-context.ts";

type VariantSpec = FieldSpec & { kind: "variant" };

/**
 * One of several shapes (a discriminated union, e.g. when a deal counts as won): a choice of
 * the shape, then that shape's own fields beneath it.
 */
export function VariantField(props: FieldProps<VariantSpec>): JSX.Element {
  const value = () => getAt(props.form.draft, props.path);
  const chosen = () => variantOf(props.field, value());
  // Only a change of shape renders the fields anew; typing in them keeps their inputs.
  const fields = createMemo(() => chosen()?.fields ?? []);
  const choose = (next: string) => {
    const variant = props.field.variants.find((v) => v.value === next);
    if (!variant || variant.value === chosen()?.value) return;
    const draft = variantDraft(props.field, variant, {}, uiText().locale());
    edit(props.form, props.path, draft);
  };
  return (
    <div class="q-variant-field">
      <Select
        label={labelOf(props.field)}
        description={say(props.field.description)}
        options={props.field.variants.map((v) => ({ value: v.value, label: say(v.label) ?? v.value }))}
        value={chosen()?.value}
        onChange={choose}
        error={props.form.errors[props.path]}
        disabled={props.form.disabled}
      />
      <div class="q-variant-field__fields" hidden={!isRecord(value()) || fields().length === 0}>
        {props.renderFields(fields(), props.path)}
      </div>
    </div>
  );
}

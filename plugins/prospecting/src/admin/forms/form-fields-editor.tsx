import { Button, Checkbox, Select, TextField } from "@quartet/ui";
import { Index, type JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { type FieldDraft, keyOf } from "./form-draft.ts";

const types = ["text", "email", "phone", "textarea"] as const;
const roles = ["none", "name", "company", "message"] as const;

/** The fields of a form, one row each: key, label, type, role, required; with the server's messages per field. */
export function FormFieldsEditor(props: {
  fields: FieldDraft[];
  errors: Record<number, Record<string, string>>;
  onChange: (fields: FieldDraft[]) => void;
}): JSX.Element {
  const set = (index: number, change: Partial<FieldDraft>) => {
    const field = props.fields[index];
    if (!field || Object.entries(change).every(([key, value]) => field[key as keyof FieldDraft] === value))
      return;
    props.onChange(props.fields.map((f, i) => (i === index ? { ...f, ...change } : f)));
  };
  const add = () =>
    props.onChange([
      ...props.fields,
      { key: `field_${props.fields.length + 1}`, label: "", type: "text", required: false, role: "" },
    ]);
  return (
    <fieldset class="pr-fieldset">
      <legend>{i18n.t("forms.fields")}</legend>
      <Index each={props.fields}>
        {(field, index) => (
          <div class="pr-field-row">
            <TextField
              label={i18n.t("forms.fieldLabel")}
              value={field().label}
              onChange={(label) =>
                set(index, {
                  label,
                  ...(field().key === keyOf(field().label, index) ? { key: keyOf(label, index) } : {}),
                })
              }
              error={props.errors[index]?.label}
            />
            <TextField
              label={i18n.t("forms.fieldKey")}
              class="pr-narrow"
              value={field().key}
              onChange={(key) => set(index, { key })}
              error={props.errors[index]?.key}
            />
            <Select
              label={i18n.t("forms.fieldType")}
              options={types.map((t) => ({ value: t, label: i18n.t(`forms.types.${t}`) }))}
              value={field().type}
              onChange={(type) => set(index, { type: type as FieldDraft["type"] })}
            />
            <Select
              label={i18n.t("forms.fieldRole")}
              options={roles.map((r) => ({ value: r, label: i18n.t(`forms.roles.${r}`) }))}
              value={field().role || "none"}
              onChange={(role) => set(index, { role: role === "none" ? "" : (role as FieldDraft["role"]) })}
            />
            <Checkbox
              label={i18n.t("forms.required")}
              checked={field().required}
              onChange={(required) => set(index, { required })}
            />
            <Button
              size="sm"
              variant="ghost"
              onClick={() => props.onChange(props.fields.filter((_, i) => i !== index))}
            >
              {i18n.t("forms.removeField")}
            </Button>
          </div>
        )}
      </Index>
      <Button size="sm" onClick={add}>
        {i18n.t("forms.addField")}
      </Button>
    </fieldset>
  );
}

import { TextField } from "@quartet/ui";
import type { JSX } from "solid-js";
import type { ScalarPath } from "./rules-fields.ts";
import type { RulesForm } from "./rules-form.ts";

/** One number of the rules, typed as text, with its refusal shown under it. */
export function RuleField(props: {
  form: RulesForm;
  path: ScalarPath;
  label: string;
  hint?: string | undefined;
  readOnly: boolean;
}): JSX.Element {
  return (
    <TextField
      label={props.label}
      name={props.path}
      inputMode="decimal"
      value={props.form.draft.values[props.path]}
      onChange={(text) => props.form.setValue(props.path, text)}
      description={props.hint}
      error={props.form.errorAt(props.path)}
      readOnly={props.readOnly}
    />
  );
}

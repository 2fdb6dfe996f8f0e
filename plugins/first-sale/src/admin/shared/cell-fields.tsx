import { TextField } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";

/** One editable cell of a row of drafts: the draft's text field it edits and its accessible label. */
export type CellSpec<F extends string> = {
  field: F;
  label: string;
  inputMode?: "decimal" | "numeric";
  placeholder?: string;
};

/** The cells of a table row: a text field per spec, labelled for screen readers only; plain text when read-only. */
export function CellFields<F extends string>(props: {
  values: Readonly<Record<F, string>>;
  specs: readonly CellSpec<F>[];
  readOnly?: boolean;
  onChange: (field: F, value: string) => void;
}): JSX.Element {
  return (
    <For each={props.specs}>
      {(spec) => (
        <td>
          <Show when={!props.readOnly} fallback={props.values[spec.field]}>
            <TextField
              label={spec.label}
              labelHidden
              {...(spec.inputMode ? { inputMode: spec.inputMode } : {})}
              {...(spec.placeholder ? { placeholder: spec.placeholder } : {})}
              value={props.values[spec.field]}
              onChange={(value) => props.onChange(spec.field, value)}
            />
          </Show>
        </td>
      )}
    </For>
  );
}

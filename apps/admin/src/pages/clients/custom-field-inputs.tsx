import { Checkbox, Select, TextField } from "@quartet/ui";
import { For, type JSX, Match, Show, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import type { CustomFieldDef, CustomFieldDraft } from "./custom-field-values.ts";

/**
 * The organisation's own client fields as inputs of their type (text, number, date, yes/no, a
 * choice), each with the server's message for `customFields.<key>` under it.
 */
export function CustomFieldInputs(props: {
  fields: readonly CustomFieldDef[];
  values: CustomFieldDraft;
  onChange: (key: string, value: string | boolean) => void;
  errorOf: (path: string) => string | undefined;
}): JSX.Element {
  const i18n = useT();
  const label = (def: CustomFieldDef) => def.label[i18n.locale()] || def.key;
  const text = (def: CustomFieldDef) => {
    const value = props.values[def.key];
    return typeof value === "string" ? value : "";
  };
  return (
    <For each={props.fields}>
      {(def) => (
        <Switch
          fallback={
            <TextField
              label={label(def)}
              type={def.type === "date" ? "date" : "text"}
              inputMode={def.type === "number" ? "decimal" : undefined}
              required={def.required}
              value={text(def)}
              onChange={(value) => props.onChange(def.key, value)}
              error={props.errorOf(`customFields.${def.key}`)}
            />
          }
        >
          <Match when={def.type === "select"}>
            <Select
              label={label(def)}
              required={def.required}
              placeholder={i18n.t("clientEdit.notSet")}
              options={[
                { value: "", label: i18n.t("clientEdit.notSet") },
                ...def.options.map((option) => ({ value: option, label: option })),
              ]}
              value={text(def)}
              onChange={(value) => props.onChange(def.key, value)}
              error={props.errorOf(`customFields.${def.key}`)}
            />
          </Match>
          <Match when={def.type === "boolean"}>
            <div class="client-form__check">
              <Checkbox
                label={label(def)}
                checked={props.values[def.key] === true}
                onChange={(checked) => props.onChange(def.key, checked)}
              />
              <Show when={props.errorOf(`customFields.${def.key}`)}>
                {(error) => (
                  <p class="q-error" role="alert">
                    {error()}
                  </p>
                )}
              </Show>
            </div>
          </Match>
        </Switch>
      )}
    </For>
  );
}

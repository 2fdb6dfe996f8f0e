import { For, type JSX, Match, Show, Switch } from "solid-js";
import { Select } from "../components/select.tsx";
import { Switch as Toggle } from "../components/switch.tsx";
import { TagInput } from "../components/tag-input.tsx";
import { TextField } from "../components/text-field.tsx";
import { uiText } from "../i18n/ui-messages.ts";
import { getAt } from "./draft.ts";
import { childPath, type FieldSpec } from "./fields.ts";
import { edit, type FieldProps, labelOf, type SchemaFormProps, say } from "./form-context.ts";
import { ListField } from "./list-field.tsx";
import { LocalizedField } from "./localized-field.tsx";
import { NumberField } from "./number-field.tsx";
import { sectionsOf } from "./sections.ts";
import { VariantField } from "./variant-field.tsx";

function inputType(field: FieldSpec & { kind: "string" }): "password" | "email" | "url" | "text" {
  if (field.secret) return "password";
  if (field.format === "email") return "email";
  return field.format === "uri" ? "url" : "text";
}

/** A secret the server sent back masked (`••••••`): stored, and kept unless retyped. */
const masked = (value: unknown) => typeof value === "string" && /^•+$/.test(value);

function Field(props: FieldProps): JSX.Element {
  const label = () => labelOf(props.field);
  const value = () => getAt(props.form.draft, props.path);
  const set = (next: unknown) => edit(props.form, props.path, next);
  const error = () => props.form.errors[props.path];
  const hint = () => say(props.field.description);
  const f = props.field;
  const nested = { path: props.path, form: props.form, renderFields: props.renderFields };
  return (
    <Switch>
      <Match when={f.kind === "object" && f}>
        {(group) => (
          <fieldset class="q-fieldset">
            <legend class="q-fieldset__legend">{label()}</legend>
            {props.renderFields(group().fields, props.path)}
          </fieldset>
        )}
      </Match>
      <Match when={f.kind === "list" && f}>{(list) => <ListField field={list()} {...nested} />}</Match>
      <Match when={f.kind === "variant" && f}>
        {(choice) => <VariantField field={choice()} {...nested} />}
      </Match>
      <Match when={f.kind === "localized" && f}>
        {(name) => <LocalizedField field={name()} {...nested} />}
      </Match>
      <Match when={f.kind === "number" && f}>
        {(number) => <NumberField field={number()} {...nested} />}
      </Match>
      <Match when={f.kind === "boolean"}>
        <Toggle
          label={label()}
          description={hint()}
          checked={value() === true}
          onChange={set}
          disabled={props.form.disabled}
        />
      </Match>
      <Match when={f.kind === "enum" && f}>
        {(choice) => (
          <Select
            label={label()}
            description={hint()}
            options={choice().options.map((option) => ({
              value: option.value,
              label: say(option.label) ?? option.value,
            }))}
            value={String(value() ?? "")}
            onChange={set}
            error={error()}
            disabled={props.form.disabled}
          />
        )}
      </Match>
      <Match when={f.kind === "tags"}>
        <TagInput
          label={label()}
          description={hint()}
          value={Array.isArray(value()) ? (value() as string[]) : []}
          onChange={set}
          error={error()}
          disabled={props.form.disabled}
        />
      </Match>
      <Match when={f.kind === "string" && f}>
        {(text) => (
          <TextField
            label={label()}
            type={inputType(text())}
            autocomplete={text().secret ? "off" : undefined}
            multiline={text().multiline}
            class={(text().maxLength ?? Infinity) <= 50 ? "q-field--short" : undefined}
            description={text().secret && masked(value()) ? uiText().t("secretKept") : hint()}
            value={String(value() ?? "")}
            onChange={set}
            error={error()}
            required={f.required}
            disabled={props.form.disabled}
          />
        )}
      </Match>
      <Match when={f.kind === "unsupported"}>
        <div class="q-field">
          <span class="q-field__label">{label()}</span>
          <p class="q-field__description">{uiText().t("unsupported")}</p>
        </div>
      </Match>
    </Switch>
  );
}

/**
 * A settings form generated from a plugin's JSON schema: text, numbers (money in roubles,
 * percentages, durations), switches, choices with their labels, string lists as chips, lists
 * of rows, one-of-several shapes, names in both languages, nested objects as fieldsets, secrets
 * as password inputs, top-level fields grouped under their `section` headings. A row's hidden
 * code (`kind: "key"`) has no input.
 *
 * @example <SchemaForm fields={fieldsOf(plugin.settingsSchema, secrets)} draft={draft()} onChange={setDraft} errors={errors()} />
 */
export function SchemaForm(props: SchemaFormProps): JSX.Element {
  const renderFields = (fields: readonly FieldSpec[], path: string): JSX.Element => (
    <For each={fields.filter((field) => field.kind !== "key")}>
      {(field) => (
        <Field field={field} path={childPath(path, field.key)} form={props} renderFields={renderFields} />
      )}
    </For>
  );
  return (
    <div class="q-schema-form">
      <For each={sectionsOf(props.fields)}>
        {(section) => (
          <Show when={section.title} fallback={renderFields(section.fields, "")}>
            {(title) => (
              <section class="q-form-section">
                <h3 class="q-form-section__title">{say(title())}</h3>
                {renderFields(section.fields, "")}
              </section>
            )}
          </Show>
        )}
      </For>
    </div>
  );
}

export type { SchemaFormProps };

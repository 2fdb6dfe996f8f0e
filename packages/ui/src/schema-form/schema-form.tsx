import { For, type JSX, Match, Switch } from "solid-js";
import { Checkbox } from "../components/checkbox.tsx";
import { Select } from "../components/select.tsx";
import { TagInput } from "../components/tag-input.tsx";
import { TextField } from "../components/text-field.tsx";
import { uiText } from "../i18n/ui-messages.ts";
import { type Draft, getAt, setAt } from "./draft.ts";
import { type FieldSpec, humanize, type SchemaText } from "./fields.ts";

/** What a generated settings form renders and where its edits go. */
export type SchemaFormProps = {
  fields: readonly FieldSpec[];
  draft: Draft;
  onChange: (draft: Draft) => void;
  /** Messages by dotted path: the server's field errors and the draft's own. */
  errors: Readonly<Record<string, string>>;
  disabled?: boolean;
};

function say(value: SchemaText | undefined): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === "string" ? value : uiText().localized(value);
}

function numberHint(field: FieldSpec & { kind: "number" }): string | undefined {
  const own = say(field.description);
  if (own) return own;
  if (field.minimum !== undefined && field.maximum !== undefined) {
    return uiText().t("range", { min: field.minimum, max: field.maximum });
  }
  if (field.minimum !== undefined) return uiText().t("tooSmall", { limit: field.minimum });
  if (field.maximum !== undefined) return uiText().t("tooLarge", { limit: field.maximum });
  return undefined;
}

function Field(props: { field: FieldSpec; form: SchemaFormProps }): JSX.Element {
  const label = () => say(props.field.title) ?? humanize(props.field.key);
  const value = () => getAt(props.form.draft, props.field.path);
  const set = (next: unknown) => props.form.onChange(setAt(props.form.draft, props.field.path, next));
  const error = () => props.form.errors[props.field.path];
  const f = props.field;
  return (
    <Switch>
      <Match when={f.kind === "object" && f}>
        {(group) => (
          <fieldset class="q-fieldset">
            <legend class="q-fieldset__legend">{label()}</legend>
            <For each={group().fields}>{(child) => <Field field={child} form={props.form} />}</For>
          </fieldset>
        )}
      </Match>
      <Match when={f.kind === "boolean"}>
        <Checkbox
          label={label()}
          description={say(f.description)}
          checked={value() === true}
          onChange={set}
          disabled={props.form.disabled}
        />
      </Match>
      <Match when={f.kind === "enum" && f}>
        {(choice) => (
          <Select
            label={label()}
            description={say(f.description)}
            options={choice().options.map((option) => ({ value: option, label: option }))}
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
          description={say(f.description)}
          value={Array.isArray(value()) ? (value() as string[]) : []}
          onChange={set}
          error={error()}
          disabled={props.form.disabled}
        />
      </Match>
      <Match when={f.kind === "number" && f}>
        {(number) => (
          <TextField
            label={label()}
            type="number"
            inputMode={number().integer ? "numeric" : "decimal"}
            min={number().minimum}
            max={number().maximum}
            step={number().integer ? 1 : "any"}
            description={numberHint(number())}
            value={String(value() ?? "")}
            onChange={set}
            error={error()}
            disabled={props.form.disabled}
          />
        )}
      </Match>
      <Match when={f.kind === "string" && f}>
        {(text) => (
          <TextField
            label={label()}
            type={
              text().secret
                ? "password"
                : text().format === "email"
                  ? "email"
                  : text().format === "uri"
                    ? "url"
                    : "text"
            }
            autocomplete={text().secret ? "off" : undefined}
            multiline={text().multiline}
            description={text().secret ? uiText().t("secretKept") : say(f.description)}
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
          <pre class="q-code-block">{JSON.stringify(value() ?? null, null, 2)}</pre>
          <p class="q-field__description">{uiText().t("unsupported")}</p>
        </div>
      </Match>
    </Switch>
  );
}

/**
 * A settings form generated from a plugin's JSON schema: text, numbers with bounds, switches,
 * choices, string lists as chips, nested objects as fieldsets, secrets as password inputs.
 *
 * @example <SchemaForm fields={fieldsOf(plugin.settingsSchema, secrets)} draft={draft()} onChange={setDraft} errors={errors()} />
 */
export function SchemaForm(props: SchemaFormProps): JSX.Element {
  return (
    <div class="q-schema-form">
      <For each={props.fields}>{(field) => <Field field={field} form={props} />}</For>
    </div>
  );
}

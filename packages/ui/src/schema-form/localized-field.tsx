import { For, type JSX, Show } from "solid-js";
import { TextField } from "../components/text-field.tsx";
import { uiText } from "../i18n/ui-messages.ts";
import { getAt } from "./draft.ts";
import { childPath, type FieldSpec } from "./fields.ts";
import { edit, type FieldProps, labelOf, say } from "./form-context.ts";

const languages = [
  { code: "ru", caption: "settingsForm.inRussian" },
  { code: "en", caption: "settingsForm.inEnglish" },
] as const;

/** A name in both languages (`{ ru, en }`): one label, two inputs side by side. */
export function LocalizedField(props: FieldProps<FieldSpec & { kind: "localized" }>): JSX.Element {
  const label = () => labelOf(props.field);
  return (
    <fieldset class="q-field q-localized-field">
      <legend class="q-field__label">{label()}</legend>
      <div class="q-localized-field__inputs">
        <For each={languages}>
          {(language) => {
            const path = childPath(props.path, language.code);
            return (
              <TextField
                label={`${label()} — ${uiText().t(language.caption).toLowerCase()}`}
                labelHidden
                placeholder={uiText().t(language.caption)}
                value={String(getAt(props.form.draft, path) ?? "")}
                onChange={(value) => edit(props.form, path, value)}
                error={props.form.errors[path]}
                disabled={props.form.disabled}
              />
            );
          }}
        </For>
      </div>
      <Show when={say(props.field.description)}>
        {(hint) => <p class="q-field__description">{hint()}</p>}
      </Show>
    </fieldset>
  );
}

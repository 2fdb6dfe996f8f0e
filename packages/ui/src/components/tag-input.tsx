import { createSignal, createUniqueId, For, type JSX, Show } from "solid-js";
import { uiText } from "../i18n/ui-messages.ts";
import { IconClose } from "./icons.tsx";
import { addTags, removeTag } from "./tags.ts";

/** A list of short strings edited as chips. */
export type TagInputProps = {
  label: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  description?: string;
  error?: string | undefined;
  placeholder?: string;
  disabled?: boolean;
};

/**
 * Edits a list of strings as chips: Enter or a comma adds what was typed, Backspace in an empty
 * box removes the last chip, each chip has a remove button.
 *
 * @example <TagInput label={t("settings.domains")} value={domains()} onChange={setDomains} />
 */
export function TagInput(props: TagInputProps): JSX.Element {
  const id = createUniqueId();
  const [draft, setDraft] = createSignal("");
  const commit = () => {
    if (!draft().trim()) return;
    props.onChange(addTags(props.value, draft()));
    setDraft("");
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      commit();
    } else if (event.key === "Backspace" && draft() === "" && props.value.length > 0) {
      props.onChange(removeTag(props.value, props.value.length - 1));
    }
  };
  return (
    <div class="q-field" data-invalid={props.error ? "" : undefined}>
      <label class="q-field__label" for={id}>
        {props.label}
      </label>
      <div class="q-input q-tag-input" data-disabled={props.disabled ? "" : undefined}>
        <For each={props.value}>
          {(tag, index) => (
            <span class="q-tag">
              {tag}
              <button
                type="button"
                class="q-tag__remove"
                aria-label={uiText().t("removeTag", { tag })}
                disabled={props.disabled}
                onClick={() => props.onChange(removeTag(props.value, index()))}
              >
                <IconClose size={12} />
              </button>
            </span>
          )}
        </For>
        <input
          id={id}
          class="q-tag-input__box"
          value={draft()}
          placeholder={props.placeholder}
          disabled={props.disabled}
          aria-invalid={props.error ? "true" : undefined}
          aria-describedby={`${id}-hint`}
          onInput={(event) => setDraft(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          onBlur={commit}
        />
      </div>
      <Show
        when={props.error}
        fallback={
          <p id={`${id}-hint`} class="q-field__description">
            {props.description ?? uiText().t("tagHint")}
          </p>
        }
      >
        <p id={`${id}-hint`} class="q-field__error">
          {props.error}
        </p>
      </Show>
    </div>
  );
}

import { createSignal, createUniqueId, type JSX, Show } from "solid-js";

/** A file picker's texts and what it accepts. */
export type FileFieldProps = {
  label: string;
  /** The button's text, e.g. "Choose file" in the user's language. */
  chooseLabel: string;
  /** Shown until a file is chosen, e.g. "No file chosen". */
  emptyLabel: string;
  accept?: string;
  disabled?: boolean;
  description?: string;
  error?: string | undefined;
  onFile: (file: File) => void;
};

/**
 * A file picker whose every word comes from the app's dictionaries (a native file input speaks the
 * browser's language): a button, the chosen file's name, a hint and an error. The input stays in
 * the tab order, so Space or Enter opens the picker.
 *
 * @example <FileField label={t("import.file")} chooseLabel={t("import.choose")} emptyLabel={t("import.noFile")} accept=".csv" onFile={upload} />
 */
export function FileField(props: FileFieldProps): JSX.Element {
  const id = createUniqueId();
  const [name, setName] = createSignal<string | null>(null);
  return (
    <div class="q-field q-file">
      <span class="q-field__label" id={`${id}-label`}>
        {props.label}
      </span>
      <div class="q-file__row">
        <input
          id={id}
          class="q-file__input"
          type="file"
          aria-label={props.label}
          aria-describedby={`${id}-name`}
          accept={props.accept}
          disabled={props.disabled}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            if (!file) return;
            setName(file.name);
            props.onFile(file);
          }}
        />
        <label
          for={id}
          class="q-button q-file__button"
          data-variant="secondary"
          data-disabled={props.disabled ? "" : undefined}
        >
          {props.chooseLabel}
        </label>
        <span class="q-file__name" id={`${id}-name`}>
          {name() ?? props.emptyLabel}
        </span>
      </div>
      <Show when={props.description}>
        <span class="q-field__description">{props.description}</span>
      </Show>
      <Show when={props.error}>
        <span class="q-field__error" role="alert">
          {props.error}
        </span>
      </Show>
    </div>
  );
}

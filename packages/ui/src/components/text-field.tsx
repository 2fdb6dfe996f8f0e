import { TextField as KTextField } from "@kobalte/core/text-field";
import { type JSX, Show } from "solid-js";

/** A text field's label, value, hint and server error. */
export type TextFieldProps = {
  label: string;
  /** Hides the label visually (a table cell, a filter bar); it still names the field. */
  labelHidden?: boolean;
  value?: string;
  onChange?: (value: string) => void;
  /** Fires when focus leaves the field, e.g. to save an inline edit. */
  onBlur?: () => void;
  /** Enter in a single-line field, e.g. to save an inline edit. */
  onEnter?: () => void;
  name?: string;
  type?: "text" | "email" | "password" | "tel" | "url" | "search" | "number" | "date" | "time";
  placeholder?: string;
  /** A hint under the field. */
  description?: string;
  /** The server's message for this field; marks the field invalid and is announced. */
  error?: string | undefined;
  required?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  autocomplete?: string;
  autofocus?: boolean;
  /** Bounds and step of a number or date field. */
  min?: number | string;
  max?: number | string;
  step?: number | string;
  inputMode?: "text" | "numeric" | "decimal" | "email" | "search";
  /** Renders a multi-line textarea instead of an input. */
  multiline?: boolean;
  class?: string;
};

/**
 * A labelled text input with an inline error message (Kobalte TextField).
 *
 * @example <TextField label={t("auth.email")} type="email" value={email()} onChange={setEmail} error={errors().email} />
 */
export function TextField(props: TextFieldProps): JSX.Element {
  return (
    <KTextField
      class={`q-field${props.class ? ` ${props.class}` : ""}`}
      value={props.value}
      onChange={props.onChange}
      name={props.name}
      required={props.required}
      disabled={props.disabled}
      readOnly={props.readOnly}
      validationState={props.error ? "invalid" : "valid"}
    >
      <KTextField.Label class="q-field__label" classList={{ "q-visually-hidden": props.labelHidden }}>
        {props.label}
      </KTextField.Label>
      <Show
        when={props.multiline}
        fallback={
          <KTextField.Input
            class="q-input"
            type={props.type ?? "text"}
            placeholder={props.placeholder}
            autocomplete={props.autocomplete}
            autofocus={props.autofocus}
            min={props.min}
            max={props.max}
            step={props.step}
            inputMode={props.inputMode}
            onBlur={() => props.onBlur?.()}
            onKeyDown={(event) => {
              if (event.key === "Enter" && props.onEnter) {
                event.preventDefault();
                props.onEnter();
              }
            }}
          />
        }
      >
        <KTextField.TextArea class="q-input q-input--multiline" placeholder={props.placeholder} autoResize />
      </Show>
      <Show when={props.description && !props.error}>
        <KTextField.Description class="q-field__description">{props.description}</KTextField.Description>
      </Show>
      <KTextField.ErrorMessage class="q-field__error">{props.error}</KTextField.ErrorMessage>
    </KTextField>
  );
}

import { Select as KSelect } from "@kobalte/core/select";
import { type JSX, Show } from "solid-js";

/** One choice of a Select. */
export type SelectOption = { value: string; label: string; disabled?: boolean };

/** A select's label, options, value and server error. */
export type SelectProps = {
  label: string;
  /** Hides the label visually (a table cell, a filter bar); it still names the select. */
  labelHidden?: boolean;
  /** A hint under the select. */
  description?: string;
  options: readonly SelectOption[];
  value?: string | undefined;
  onChange?: (value: string) => void;
  placeholder?: string;
  name?: string;
  error?: string | undefined;
  required?: boolean;
  disabled?: boolean;
  class?: string;
};

/**
 * A labelled single-choice list box (Kobalte Select): typeahead, arrow keys, Escape.
 *
 * @example <Select label={t("team.role")} options={roles()} value={role()} onChange={setRole} />
 */
export function Select(props: SelectProps): JSX.Element {
  const selected = () => props.options.find((option) => option.value === props.value) ?? null;
  return (
    <KSelect<SelectOption>
      class={`q-field${props.class ? ` ${props.class}` : ""}`}
      options={[...props.options]}
      optionValue="value"
      optionTextValue="label"
      optionDisabled="disabled"
      value={selected()}
      onChange={(option) => option && props.onChange?.(option.value)}
      placeholder={props.placeholder}
      name={props.name}
      required={props.required}
      disabled={props.disabled}
      validationState={props.error ? "invalid" : "valid"}
      itemComponent={(item) => (
        <KSelect.Item item={item.item} class="q-select__item">
          <KSelect.ItemLabel>{item.item.rawValue.label}</KSelect.ItemLabel>
          <KSelect.ItemIndicator class="q-select__check">✓</KSelect.ItemIndicator>
        </KSelect.Item>
      )}
    >
      <KSelect.Label class="q-field__label" classList={{ "q-visually-hidden": props.labelHidden }}>
        {props.label}
      </KSelect.Label>
      <KSelect.HiddenSelect />
      <KSelect.Trigger class="q-input q-select__trigger">
        <KSelect.Value<SelectOption> class="q-select__value">
          {(state) => state.selectedOption()?.label}
        </KSelect.Value>
        <KSelect.Icon class="q-select__icon">
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.5" />
          </svg>
        </KSelect.Icon>
      </KSelect.Trigger>
      <Show when={props.description && !props.error}>
        <KSelect.Description class="q-field__description">{props.description}</KSelect.Description>
      </Show>
      <KSelect.ErrorMessage class="q-field__error">{props.error}</KSelect.ErrorMessage>
      <KSelect.Portal>
        <KSelect.Content class="q-select__content">
          <KSelect.Listbox class="q-select__listbox" />
        </KSelect.Content>
      </KSelect.Portal>
    </KSelect>
  );
}

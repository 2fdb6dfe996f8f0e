import { Combobox as KCombobox } from "@kobalte/core/combobox";
import type { JSX } from "solid-js";
import { uiText } from "../i18n/ui-messages.ts";
import type { SelectOption } from "./select.tsx";

/** A searchable select's label, options and value. */
export type ComboboxProps = {
  label: string;
  options: readonly SelectOption[];
  value: string | undefined;
  onChange: (value: string) => void;
  placeholder?: string;
  description?: string;
  error?: string | undefined;
  disabled?: boolean;
  name?: string;
  class?: string;
};

/**
 * A select with a search box for long lists, such as time zones (Kobalte Combobox): typing
 * filters the options by any part of their label, arrows and Enter choose, Escape closes.
 *
 * @example <Combobox label={t("org.timeZone")} options={zones()} value={zone()} onChange={setZone} />
 */
export function Combobox(props: ComboboxProps): JSX.Element {
  const selected = () => props.options.find((option) => option.value === props.value) ?? null;
  return (
    <KCombobox<SelectOption>
      class={`q-field${props.class ? ` ${props.class}` : ""}`}
      options={[...props.options]}
      optionValue="value"
      optionTextValue="label"
      optionLabel="label"
      optionDisabled="disabled"
      value={selected()}
      onChange={(option) => option && props.onChange(option.value)}
      defaultFilter="contains"
      placeholder={props.placeholder}
      name={props.name}
      disabled={props.disabled}
      validationState={props.error ? "invalid" : "valid"}
      itemComponent={(item) => (
        <KCombobox.Item item={item.item} class="q-select__item">
          <KCombobox.ItemLabel>{item.item.rawValue.label}</KCombobox.ItemLabel>
          <KCombobox.ItemIndicator class="q-select__check">✓</KCombobox.ItemIndicator>
        </KCombobox.Item>
      )}
    >
      <KCombobox.Label class="q-field__label">{props.label}</KCombobox.Label>
      <KCombobox.Control class="q-input q-combobox__control">
        <KCombobox.Input class="q-combobox__input" />
        <KCombobox.Trigger class="q-combobox__trigger">
          <KCombobox.Icon class="q-select__icon">
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.5" />
            </svg>
          </KCombobox.Icon>
        </KCombobox.Trigger>
      </KCombobox.Control>
      <KCombobox.Description class="q-field__description">{props.description}</KCombobox.Description>
      <KCombobox.ErrorMessage class="q-field__error">{props.error}</KCombobox.ErrorMessage>
      <KCombobox.Portal>
        <KCombobox.Content class="q-select__content">
          <KCombobox.Listbox class="q-select__listbox" />
          <p class="q-combobox__empty">{uiText().t("noResults")}</p>
        </KCombobox.Content>
      </KCombobox.Portal>
    </KCombobox>
  );
}

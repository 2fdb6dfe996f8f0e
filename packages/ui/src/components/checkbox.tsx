import { Checkbox as KCheckbox } from "@kobalte/core/checkbox";
import { type JSX, Show } from "solid-js";

/** A checkbox's label, hint and state. */
export type CheckboxProps = {
  label: JSX.Element;
  description?: JSX.Element;
  checked: boolean;
  /** Shows a dash: some, not all, of a group is checked. */
  indeterminate?: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  name?: string;
  class?: string;
};

/**
 * A labelled checkbox (Kobalte Checkbox) with an optional hint under the label.
 *
 * @example <Checkbox label={t("functions.vip")} checked={vip()} onChange={setVip} />
 */
export function Checkbox(props: CheckboxProps): JSX.Element {
  return (
    <KCheckbox
      class={`q-checkbox${props.class ? ` ${props.class}` : ""}`}
      checked={props.checked}
      indeterminate={props.indeterminate}
      onChange={props.onChange}
      disabled={props.disabled}
      name={props.name}
    >
      <KCheckbox.Input class="q-checkbox__input" />
      <KCheckbox.Control class="q-checkbox__control">
        <KCheckbox.Indicator class="q-checkbox__indicator">
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <Show when={props.indeterminate} fallback={<path d="M3.5 8.5l3 3 6-7" />}>
              <path d="M4 8h8" />
            </Show>
          </svg>
        </KCheckbox.Indicator>
      </KCheckbox.Control>
      <div class="q-checkbox__text">
        <KCheckbox.Label class="q-checkbox__label">{props.label}</KCheckbox.Label>
        <Show when={props.description}>
          <KCheckbox.Description class="q-checkbox__description">{props.description}</KCheckbox.Description>
        </Show>
      </div>
    </KCheckbox>
  );
}

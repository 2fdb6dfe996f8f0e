import { Switch as KSwitch } from "@kobalte/core/switch";
import { type JSX, Show } from "solid-js";

/** A switch's label and state. */
export type SwitchProps = {
  label: string;
  /** Hides the label visually; it still names the switch for screen readers. */
  labelHidden?: boolean;
  description?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  class?: string;
};

/**
 * An on/off switch (Kobalte Switch), for settings that apply at once, such as pausing a person.
 *
 * @example <Switch label={t("staffing.paused")} checked={paused()} onChange={setPaused} />
 */
export function Switch(props: SwitchProps): JSX.Element {
  return (
    <KSwitch
      class={`q-switch${props.class ? ` ${props.class}` : ""}`}
      checked={props.checked}
      onChange={props.onChange}
      disabled={props.disabled}
    >
      <KSwitch.Input class="q-switch__input" />
      <KSwitch.Control class="q-switch__control">
        <KSwitch.Thumb class="q-switch__thumb" />
      </KSwitch.Control>
      <div class="q-switch__text" classList={{ "q-visually-hidden": props.labelHidden }}>
        <KSwitch.Label class="q-switch__label">{props.label}</KSwitch.Label>
        <Show when={props.description}>
          <KSwitch.Description class="q-switch__description">{props.description}</KSwitch.Description>
        </Show>
      </div>
    </KSwitch>
  );
}

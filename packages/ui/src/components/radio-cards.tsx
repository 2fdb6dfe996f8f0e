import { RadioGroup } from "@kobalte/core/radio-group";
import { For, type JSX, Show } from "solid-js";

/** One card of a RadioCards group. */
export type RadioCardOption = { value: string; label: string; description?: string; icon?: JSX.Element };

/** A group of mutually exclusive cards with a legend. */
export type RadioCardsProps = {
  label: string;
  /** Hides the legend visually (the page already names the choice). */
  labelHidden?: boolean;
  options: readonly RadioCardOption[];
  value: string | undefined;
  onChange: (value: string) => void;
  disabled?: boolean;
  error?: string | undefined;
  /** How many cards sit in a row on wide screens; 3 by default. */
  columns?: 1 | 2 | 3 | 4;
  class?: string;
};

/**
 * A single choice shown as cards with a title and a short explanation (Kobalte RadioGroup):
 * arrow keys move between cards, the choice is announced.
 *
 * @example <RadioCards label={t("stage.label")} options={stages()} value={stage()} onChange={setStage} />
 */
export function RadioCards(props: RadioCardsProps): JSX.Element {
  return (
    <RadioGroup
      class={`q-radio-cards${props.class ? ` ${props.class}` : ""}`}
      value={props.value ?? ""}
      onChange={props.onChange}
      disabled={props.disabled}
      validationState={props.error ? "invalid" : "valid"}
    >
      <RadioGroup.Label class="q-field__label" classList={{ "q-visually-hidden": props.labelHidden }}>
        {props.label}
      </RadioGroup.Label>
      <div class="q-radio-cards__grid" data-columns={props.columns ?? 3}>
        <For each={props.options}>
          {(option) => (
            <RadioGroup.Item value={option.value} class="q-radio-card">
              <RadioGroup.ItemInput class="q-radio-card__input" />
              <RadioGroup.ItemControl class="q-radio-card__control">
                <RadioGroup.ItemIndicator class="q-radio-card__dot" />
              </RadioGroup.ItemControl>
              <Show when={option.icon}>
                <span class="q-radio-card__icon" aria-hidden="true">
                  {option.icon}
                </span>
              </Show>
              <RadioGroup.ItemLabel class="q-radio-card__label">{option.label}</RadioGroup.ItemLabel>
              <Show when={option.description}>
                <RadioGroup.ItemDescription class="q-radio-card__description">
                  {option.description}
                </RadioGroup.ItemDescription>
              </Show>
            </RadioGroup.Item>
          )}
        </For>
      </div>
      <RadioGroup.ErrorMessage class="q-field__error">{props.error}</RadioGroup.ErrorMessage>
    </RadioGroup>
  );
}

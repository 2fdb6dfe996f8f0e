import { Checkbox } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import type { EventType } from "./queries.ts";

/** The events grouped by who emits them (core, then each plugin), one checkbox each. */
export function EventChecklist(props: {
  types: readonly EventType[];
  chosen: ReadonlySet<string>;
  onToggle: (key: string, on: boolean) => void;
  legend: string;
  hint: string;
  error?: string;
}): JSX.Element {
  const groups = () => [...new Set(props.types.map((type) => type.group))];
  return (
    <fieldset class="webhook-events" aria-invalid={props.error ? "true" : undefined}>
      <legend class="q-field__label">{props.legend}</legend>
      <p class="q-subtle webhook-events__hint">{props.hint}</p>
      <For each={groups()}>
        {(group) => (
          <div class="webhook-events__group">
            <h3 class="webhook-events__title">{group}</h3>
            <div class="webhook-events__list">
              <For each={props.types.filter((type) => type.group === group)}>
                {(type) => (
                  <Checkbox
                    label={type.name}
                    checked={props.chosen.has(type.key)}
                    onChange={(on) => props.onToggle(type.key, on)}
                  />
                )}
              </For>
            </div>
          </div>
        )}
      </For>
      <Show when={props.error}>
        <p class="q-field__error" role="alert">
          {props.error}
        </p>
      </Show>
    </fieldset>
  );
}

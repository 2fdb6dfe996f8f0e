import { For, type JSX, Show } from "solid-js";
import { uiText } from "../i18n/ui-messages.ts";

/**
 * The steps of a flow with the current one marked (`aria-current="step"`) and those behind it ticked.
 *
 * @example <Stepper steps={[t("onboarding.basics"), t("onboarding.stage")]} current={0} />
 */
export function Stepper(props: { steps: readonly string[]; current: number; label: string }): JSX.Element {
  const state = (index: number) =>
    index < props.current ? "done" : index === props.current ? "current" : "upcoming";
  return (
    <nav class="q-stepper" aria-label={props.label}>
      <ol class="q-stepper__list">
        <For each={props.steps}>
          {(step, index) => (
            <li
              class="q-stepper__step"
              data-state={state(index())}
              aria-current={state(index()) === "current" ? "step" : undefined}
            >
              <span class="q-stepper__marker" aria-hidden="true">
                <Show when={state(index()) === "done"} fallback={index() + 1}>
                  <svg viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2" />
                  </svg>
                </Show>
              </span>
              <span class="q-stepper__label">
                <span class="q-visually-hidden">
                  {uiText().t("step", { current: index() + 1, total: props.steps.length })}:{" "}
                </span>
                {step}
                <Show when={state(index()) === "done"}>
                  <span class="q-visually-hidden"> ({uiText().t("done")})</span>
                </Show>
              </span>
            </li>
          )}
        </For>
      </ol>
    </nav>
  );
}

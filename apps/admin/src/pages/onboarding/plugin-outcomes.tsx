import { IconAlert, IconCheck, IconInfo, salesFunctions } from "@quartet/ui";
import { For, type JSX, Match, Show, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import type { FunctionOutcome } from "./setup.ts";

/** What became of each chosen function's plugins: enabled, failed, or none installed yet. */
export function PluginOutcomes(props: { outcomes: readonly FunctionOutcome[] }): JSX.Element {
  const i18n = useT();
  const names = (list: FunctionOutcome["enabled"]) => list.map((name) => i18n.localized(name)).join(", ");
  const notChosen = () => props.outcomes.length < salesFunctions.length;
  return (
    <section class="onboarding__section" aria-labelledby="onboarding-plugins">
      <h2 id="onboarding-plugins" class="onboarding__section-title">
        {i18n.t("onboarding.people.plugins")}
      </h2>
      <ul class="outcomes">
        <For each={props.outcomes}>
          {(outcome) => {
            const fn = () => i18n.t(`functions.${outcome.function}`);
            return (
              <Switch>
                <Match when={outcome.failed.length > 0}>
                  <For each={outcome.failed}>
                    {(failure) => (
                      <li class="outcomes__item" data-tone="warning" data-function={outcome.function}>
                        <IconAlert size={16} />
                        {i18n.t("onboarding.people.pluginFailed", {
                          function: fn(),
                          name: i18n.localized(failure.name),
                          message: failure.message,
                        })}
                      </li>
                    )}
                  </For>
                </Match>
                <Match when={outcome.enabled.length > 0}>
                  <li class="outcomes__item" data-tone="success" data-function={outcome.function}>
                    <IconCheck size={16} />
                    {i18n.t("onboarding.people.pluginEnabled", {
                      function: fn(),
                      names: names(outcome.enabled),
                    })}
                  </li>
                </Match>
                <Match when={true}>
                  <li class="outcomes__item" data-tone="neutral" data-function={outcome.function}>
                    <IconInfo size={16} />
                    {i18n.t("onboarding.people.noPlugin", { function: fn() })}
                  </li>
                </Match>
              </Switch>
            );
          }}
        </For>
      </ul>
      <Show when={notChosen()}>
        <p class="q-subtle">{i18n.t("onboarding.people.notChosen")}</p>
      </Show>
    </section>
  );
}

import { For, type JSX, Match, Show, Switch } from "solid-js";
import { useT } from "../../i18n/index.ts";
import type { LegView } from "./leg-view.ts";
import "./legs-legend.css";

/** Under each leg: the function, who holds it up («Nobody» when no one) and whether its plugin is on. */
export function LegsLegend(props: { legs: readonly LegView[] }): JSX.Element {
  const i18n = useT();
  return (
    <ul class="legs__legend">
      <For each={props.legs}>
        {(leg) => (
          <li class="legs__item" data-function={leg.function} data-status={leg.status}>
            <span class="legs__mark" aria-hidden="true" />
            <span class="legs__name">{i18n.t(`functions.${leg.function}`)}</span>
            <Switch>
              <Match when={leg.status === "missing"}>
                <span class="legs__missing">{i18n.t("legs.nobody")}</span>
              </Match>
              <Match when={leg.status === "all-paused"}>
                <span class="legs__holders">{leg.holders.join(", ")}</span>
                <span class="legs__muted">{i18n.t("legs.allPaused")}</span>
              </Match>
              <Match when={leg.status === "covered" || leg.status === "no-plugin"}>
                <span class="legs__holders">{leg.holders.join(", ")}</span>
              </Match>
            </Switch>
            <Show when={leg.pluginEnabled !== null}>
              <span class="legs__plugin" data-on={leg.pluginEnabled ? "" : undefined}>
                {leg.pluginEnabled ? i18n.t("legs.pluginOn") : i18n.t("legs.pluginOff")}
              </span>
            </Show>
          </li>
        )}
      </For>
    </ul>
  );
}

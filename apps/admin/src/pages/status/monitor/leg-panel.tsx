import { StatusPill } from "@quartet/ui";
import { A } from "@solidjs/router";
import { For, type JSX, Match, Show, Switch } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { actionHref, flowAnchor } from "./leg-links.ts";
import { LegReadings } from "./leg-readings.tsx";
import { legPill } from "./leg-state.ts";
import type { LegData } from "./monitor-types.ts";
import { clauseWords } from "./sentence-words.ts";

/** One leg on the monitor: its state, who works it and how much, why it is missing and what to do, its readings and stuck clients. */
export function LegPanel(props: { leg: LegData }): JSX.Element {
  const i18n = useT();
  const leg = () => props.leg;
  const people = () =>
    leg().active === 0
      ? i18n.t("monitor.nobody")
      : `${i18n.t("monitor.people", { count: leg().active })} · ${
          leg().capacityPerDay === null
            ? i18n.t("monitor.unlimited")
            : i18n.t("monitor.capacity", { count: leg().capacityPerDay ?? 0 })
        }`;
  const reasons = () => {
    const text = (leg().missing?.reasons ?? []).map((r) => i18n.t(`monitor.reason.${r}`)).join("; ");
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const flows = () => leg().facts.flatMap((f) => (f.code === "reading" ? [] : [f]));
  return (
    <article class="monitor-leg q-stack q-gap-2" data-function={leg().function} data-state={leg().state}>
      <header class="monitor-leg__header q-row">
        <h3 class="monitor-leg__name">{i18n.t(`functions.${leg().function}`)}</h3>
        <StatusPill status={legPill[leg().state]}>{i18n.t(`monitor.state.${leg().state}`)}</StatusPill>
      </header>
      <Switch>
        <Match when={leg().missing}>
          {(missing) => (
            <div class="monitor-leg__missing q-stack q-gap-2">
              <p>{reasons()}</p>
              <A class="q-button" data-variant="primary" data-size="sm" href={actionHref(missing().action)}>
                {i18n.t(`monitor.action.${missing().action}`)}
              </A>
            </div>
          )}
        </Match>
        <Match when={true}>
          <p class="monitor-leg__people">{people()}</p>
          <Show when={leg().readingsFailed}>
            <p class="monitor-leg__note">{i18n.t("monitor.readingsFailed")}</p>
          </Show>
          <Show
            when={leg().readings.length > 0}
            fallback={
              <Show when={!leg().readingsFailed}>
                <p class="monitor-leg__note">{i18n.t("monitor.noReadings")}</p>
              </Show>
            }
          >
            <LegReadings readings={leg().readings} />
          </Show>
        </Match>
      </Switch>
      <Show when={flows().length > 0}>
        <ul class="monitor-leg__flows q-stack q-gap-2">
          <For each={flows()}>
            {(fact) => (
              <li>
                <a href={`#${flowAnchor}`}>{clauseWords(i18n, fact)}</a>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </article>
  );
}

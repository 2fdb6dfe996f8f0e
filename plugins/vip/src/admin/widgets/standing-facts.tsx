import { Callout } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import type { ClientCard, Program } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { date, duration, percent, reasonWords } from "../shared/words.ts";

type Standing = NonNullable<ClientCard["standing"]>;

/** Why the client holds its tier (each reason worded with its numbers), the grace warning, and what it gets. */
export function StandingFacts(props: {
  standing: Standing;
  program: Program;
  currency: string;
  /** The hand decision is shown on its own line with its button: its reason is not repeated here. */
  overrideShown: boolean;
}): JSX.Element {
  const reasons = () =>
    props.standing.reasons.filter((r) => !(props.overrideShown && r.code.startsWith("override-")));
  const privileges = () => {
    const p = props.standing.privileges;
    if (!p) return [];
    return [
      p.discountPercent > 0 ? i18n.t("client.discount", { value: percent(p.discountPercent / 100) }) : null,
      p.deferredPaymentDays > 0
        ? i18n.t("client.deferred", { days: i18n.t("units.days", { count: p.deferredPaymentDays }) })
        : null,
      p.dedicatedManager ? i18n.t("client.dedicated") : null,
      p.queuePriority > 0 ? i18n.t("client.priority", { value: p.queuePriority }) : null,
      p.firstResponseHours !== null
        ? i18n.t("client.reply", { time: duration(p.firstResponseHours * 60) })
        : null,
    ].filter((line): line is string => line !== null);
  };
  return (
    <>
      <Show when={props.standing.grace}>
        {(g) => (
          <Callout tone="warning">
            {i18n.t("client.grace", { since: date(g().startedOn), date: date(g().demoteOn) })}
          </Callout>
        )}
      </Show>
      <Show when={reasons().length > 0}>
        <section class="vip-section" data-part="why">
          <h3>{i18n.t("client.why")}</h3>
          <ul class="vip-list">
            <For each={reasons()}>
              {(reason) => (
                <li data-met={"met" in reason.params ? String(reason.params.met) : undefined}>
                  {reasonWords(reason, props.program.tiers, props.currency)}
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <Show when={privileges().length > 0}>
        <section class="vip-section" data-part="privileges">
          <h3>{i18n.t("client.privileges")}</h3>
          <ul class="vip-list">
            <For each={privileges()}>{(line) => <li>{line}</li>}</For>
          </ul>
        </section>
      </Show>
    </>
  );
}

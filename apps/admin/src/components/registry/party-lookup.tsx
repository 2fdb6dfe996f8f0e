import { Callout } from "@quartet/ui";
import { createEffect, createSignal, For, type JSX, Match, Switch, untrack } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { failureOf } from "../../lib/server-errors.ts";
import { failureText } from "../../lib/server-messages.ts";
import { PartyCandidateCard } from "./party-candidate.tsx";
import { fillPatch, replacedKeys } from "./party-fill.ts";
import type { PartyCandidate } from "./types.ts";
import { usePartyLookup } from "./use-party-lookup.ts";
import "./registry.css";

/**
 * Under a client's INN: once a valid INN is typed and the organisation has a registry key, the
 * registry's entry fills the empty fields by itself (one entry) and «Заполнить» replaces the rest on
 * request; several entries (branches) wait for a pick. Without a key it shows nothing.
 */
export function PartyLookup<K extends string>(props: {
  inn: string;
  draft: Record<K, string>;
  /** The form's values from a registry entry: `partyFills` for a client, `requisitesFills` for requisites. */
  fillsOf: (candidate: PartyCandidate) => Partial<Record<K, string>>;
  labelOf: (key: K) => string;
  onFill: (patch: Partial<Record<K, string>>) => void;
}): JSX.Element {
  const i18n = useT();
  const lookup = usePartyLookup(() => props.inn);
  const [filled, setFilled] = createSignal<{ inn: string; keys: K[] } | null>(null);
  const candidates = () => (lookup.data?.available ? lookup.data.candidates : null);
  const fill = (patch: Partial<Record<K, string>>, inn: string) => {
    setFilled({ inn, keys: Object.keys(patch) as K[] });
    props.onFill(patch);
  };
  createEffect(() => {
    const found = candidates();
    if (found?.length !== 1 || !found[0]) return;
    const inn = found[0].inn;
    if (untrack(filled)?.inn === inn) return;
    const patch = fillPatch(
      untrack(() => props.draft),
      props.fillsOf(found[0]),
      false,
    );
    if (Object.keys(patch).length > 0) fill(patch, inn);
  });
  const words = (keys: K[]) => keys.map(props.labelOf);
  return (
    <Switch>
      <Match when={lookup.isFetching}>
        <p class="q-muted registry-note">{i18n.t("registry.party.looking")}</p>
      </Match>
      <Match when={lookup.isError}>
        <Callout tone="warning">{failureText(i18n, failureOf(lookup.error))}</Callout>
      </Match>
      <Match when={candidates()?.length === 0}>
        <p class="q-muted registry-note">{i18n.t("registry.party.notFound")}</p>
      </Match>
      <Match when={candidates()}>
        {(found) => (
          <section class="registry-lookup" aria-label={i18n.t("registry.party.found")}>
            <p class="registry-note">
              {found().length > 1
                ? i18n.t("registry.party.several", { count: found().length })
                : filled()?.keys.length
                  ? i18n.t("registry.party.filled", { fields: words(filled()?.keys ?? []).join(", ") })
                  : i18n.t("registry.party.found")}
            </p>
            <For each={found()}>
              {(candidate) => {
                const fills = () => props.fillsOf(candidate);
                const patch = () => fillPatch(props.draft, fills(), true);
                return (
                  <PartyCandidateCard
                    candidate={candidate}
                    canFill={Object.keys(patch()).length > 0}
                    replaces={words(replacedKeys(props.draft, fills()))}
                    onFill={() => fill(patch(), candidate.inn)}
                  />
                );
              }}
            </For>
          </section>
        )}
      </Match>
    </Switch>
  );
}

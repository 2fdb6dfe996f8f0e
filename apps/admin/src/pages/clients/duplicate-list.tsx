import { Callout } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import "./clients.css";

/** A possible duplicate as the server reports it. */
export type DuplicateCandidate = {
  id: string;
  name: string;
  inn: string | null;
  reasons: string[];
  visible: boolean;
};

/** Clients that look like the one being typed: name, INN and what matched; an action per candidate when given. */
export function DuplicateList(props: {
  title: string;
  tone: "warning" | "danger";
  candidates: readonly DuplicateCandidate[];
  action?: (candidate: DuplicateCandidate) => JSX.Element;
  children?: JSX.Element;
}): JSX.Element {
  const i18n = useT();
  const reasons = (candidate: DuplicateCandidate) =>
    candidate.reasons.map((reason) => i18n.tDynamic(`clients.form.reason.${reason}`)).join(", ");
  return (
    <Callout tone={props.tone} title={props.title}>
      <ul class="duplicates" aria-label={props.title}>
        <For each={props.candidates}>
          {(candidate) => (
            <li class="duplicates__item">
              <span class="duplicates__name">
                {candidate.visible ? candidate.name : i18n.t("clients.form.hiddenClient")}
                <Show when={candidate.inn}>
                  <code class="q-subtle">{candidate.inn}</code>
                </Show>
              </span>
              <span class="q-subtle">{reasons(candidate)}</span>
              <Show when={props.action && candidate.visible}>{props.action?.(candidate)}</Show>
            </li>
          )}
        </For>
      </ul>
      {props.children}
    </Callout>
  );
}

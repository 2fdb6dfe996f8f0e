import { For, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import type { LegData } from "./monitor-types.ts";
import { readingValue } from "./reading-value.ts";

type Reading = LegData["readings"][number];

/** A leg's vital signs: each with its value and target, marked by how it reads, and why when it cannot be judged. */
export function LegReadings(props: { readings: readonly Reading[] }): JSX.Element {
  const i18n = useT();
  const value = (r: Reading) => (r.value === null ? "—" : readingValue(i18n, r.value, r.unit));
  const note = (r: Reading) => (r.basis === "plugin" ? null : i18n.t(`monitor.basis.${r.basis}`));
  return (
    <ul class="monitor-readings q-stack q-gap-2">
      <For each={props.readings}>
        {(r) => (
          <li class="monitor-reading" data-judged={r.judged}>
            <span class="monitor-reading__dot" aria-hidden="true" />
            <span class="monitor-reading__label">
              <Show when={r.href} fallback={i18n.localized(r.label)}>
                {(href) => <a href={href()}>{i18n.localized(r.label)}</a>}
              </Show>
            </span>
            <span class="monitor-reading__value">
              {value(r)}
              <Show when={r.target !== undefined && r.target !== null}>
                <span class="monitor-reading__target">
                  {" / "}
                  {readingValue(i18n, r.target ?? 0, r.unit)}
                </span>
              </Show>
            </span>
            <Show when={note(r)}>{(text) => <span class="monitor-reading__note">{text()}</span>}</Show>
          </li>
        )}
      </For>
    </ul>
  );
}

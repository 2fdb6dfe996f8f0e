import { type JSX, Show } from "solid-js";
import { type Status, StatusPill } from "./badge.tsx";

/** A figure: what it measures, its value, a line of context and how it reads against a target. */
export type StatTileProps = {
  label: string;
  value: string;
  hint?: string;
  status?: { status: Status; text: string };
  /** A key for tests and styles (`data-stat`). */
  name?: string;
};

/**
 * One figure of a statistics page or dashboard, as a small bordered tile; several sit in a
 * `q-stat-grid`.
 *
 * @example <StatTile label={t("nrr")} value="104 %" status={{ status: "ok", text: t("onTarget") }} />
 */
export function StatTile(props: StatTileProps): JSX.Element {
  return (
    <div class="q-stat" data-stat={props.name}>
      <p class="q-stat__label">{props.label}</p>
      <p class="q-stat__value">{props.value}</p>
      <Show when={props.hint}>
        <p class="q-stat__hint">{props.hint}</p>
      </Show>
      <Show when={props.status}>
        {(status) => <StatusPill status={status().status}>{status().text}</StatusPill>}
      </Show>
    </div>
  );
}

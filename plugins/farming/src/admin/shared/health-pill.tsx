import { type Status, StatusPill } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";

/** A client's health status. */
export type HealthStatus = "healthy" | "watch" | "at-risk" | "unknown";

const pills: Record<HealthStatus, Status> = {
  healthy: "ok",
  watch: "warning",
  "at-risk": "error",
  unknown: "inactive",
};

/**
 * A client's health as a coloured pill: the status in words and the score when there is one. With
 * `compact`, a phone shows the score alone (the words stay for screen readers).
 */
export function HealthPill(props: {
  status: HealthStatus;
  score: number | null;
  compact?: boolean;
}): JSX.Element {
  const words = () => i18n.t(`health.${props.status}`);
  return (
    <StatusPill status={pills[props.status]}>
      <Show when={props.compact && props.score !== null} fallback={words()}>
        <span class="q-hide-narrow">{words()}</span>
        <span class="q-show-narrow q-visually-hidden">{words()}</span>
      </Show>
      {props.score === null ? (
        ""
      ) : props.compact ? (
        <span class="fm-pill-score">{props.score}</span>
      ) : (
        ` · ${props.score}`
      )}
    </StatusPill>
  );
}

import { type Status, StatusPill } from "@quartet/ui";
import type { JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";

/** A client's health status. */
export type HealthStatus = "healthy" | "watch" | "at-risk" | "unknown";

const pills: Record<HealthStatus, Status> = {
  healthy: "ok",
  watch: "warning",
  "at-risk": "error",
  unknown: "inactive",
};

/** A client's health as a coloured pill: the status in words and the score when there is one. */
export function HealthPill(props: { status: HealthStatus; score: number | null }): JSX.Element {
  return (
    <StatusPill status={pills[props.status]}>
      {i18n.t(`health.${props.status}`)}
      {props.score === null ? "" : ` · ${props.score}`}
    </StatusPill>
  );
}

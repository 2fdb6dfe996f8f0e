import type { JSX } from "solid-js";
import type { SalesFunction } from "../sales-functions.ts";

/** A badge's colour: a status tone or the colour of a sales function. */
export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger" | SalesFunction;

/**
 * A short inline label. A plain span on purpose: Kobalte's Badge is a live `role="status"`,
 * which would make screen readers announce every badge of a table.
 *
 * @example <Badge tone="first-sale">{t("functions.first-sale")}</Badge>
 */
export function Badge(props: { tone?: BadgeTone; title?: string; children: JSX.Element }): JSX.Element {
  return (
    <span class="q-badge" data-tone={props.tone ?? "neutral"} title={props.title}>
      {props.children}
    </span>
  );
}

/** The state a status pill shows. */
export type Status = "ok" | "warning" | "error" | "pending" | "inactive";

/**
 * A status with a coloured dot, e.g. a server that answers or a plugin that failed.
 *
 * @example <StatusPill status="ok">{t("status.online")}</StatusPill>
 */
export function StatusPill(props: { status: Status; children: JSX.Element }): JSX.Element {
  return (
    <span class="q-status-pill" data-status={props.status}>
      <span class="q-status-pill__dot" aria-hidden="true" />
      {props.children}
    </span>
  );
}

import { Badge } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";

/**
 * The mark of a request a missed call opened: «Перезвонить» (with the time of the call) until an
 * answered call to the number or the callback task done, then «Перезвонили».
 */
export function MissedCallBadge(props: { missed: { at: number; waiting: boolean } | null }): JSX.Element {
  return (
    <Show when={props.missed}>
      {(missed) => (
        <Badge tone={missed().waiting ? "warning" : "neutral"}>
          {missed().waiting
            ? i18n.t("request.missedWaiting", { time: i18n.formatDateTime(missed().at) })
            : i18n.t("request.missedCalledBack")}
        </Badge>
      )}
    </Show>
  );
}

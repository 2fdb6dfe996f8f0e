import { Badge } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";

/**
 * The mark of a request a missed call opened: «Пропущенный — перезвонить» (the call's time on
 * hover) until an answered call to the number or the callback task done, then «Перезвонили».
 */
export function MissedCallBadge(props: { missed: { at: number; waiting: boolean } | null }): JSX.Element {
  return (
    <Show when={props.missed}>
      {(missed) => (
        <span class="pr-missed">
          <Badge
            tone={missed().waiting ? "warning" : "neutral"}
            title={i18n.t("request.missedAt", { time: i18n.formatDateTime(missed().at) })}
          >
            {missed().waiting ? i18n.t("request.missedWaiting") : i18n.t("request.missedCalledBack")}
          </Badge>
        </span>
      )}
    </Show>
  );
}

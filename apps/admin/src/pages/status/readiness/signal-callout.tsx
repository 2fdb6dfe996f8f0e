import { Badge, Button, Callout } from "@quartet/ui";
import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import type { SignalData } from "./readiness-types.ts";
import { signalWords, type Viewer } from "./signal-words.ts";

/**
 * One readiness signal: its headline and numbers in words, a link to where to act, and — for those
 * who may manage signals — "Hide" (for good) and "Remind me in a week".
 */
export function SignalCallout(props: {
  signal: SignalData;
  viewer: Viewer;
  canManage: boolean;
  busy: boolean;
  onDismiss: () => void;
  onSnooze: () => void;
}): JSX.Element {
  const i18n = useT();
  const words = () => signalWords(i18n, props.signal, props.viewer);
  return (
    <Callout
      class="readiness-signal"
      tone={props.signal.severity === "urgent" ? "warning" : "info"}
      title={words().headline}
    >
      <div class="q-stack q-gap-2" data-signal={props.signal.key}>
        <Show when={props.signal.severity === "urgent"}>
          <span>
            <Badge tone="warning">{i18n.t("readiness.urgent")}</Badge>
          </span>
        </Show>
        <p class="readiness-signal__text">{words().text}</p>
        <div class="readiness-signal__actions">
          <A class="q-button" data-variant="secondary" data-size="sm" href={props.signal.href}>
            {i18n.t(`readiness.act.${props.signal.code}`)}
          </A>
          <Show when={props.canManage}>
            <Button variant="ghost" size="sm" disabled={props.busy} onClick={() => props.onSnooze()}>
              {i18n.t("readiness.snooze")}
            </Button>
            <Button variant="ghost" size="sm" disabled={props.busy} onClick={() => props.onDismiss()}>
              {i18n.t("readiness.dismiss")}
            </Button>
          </Show>
        </div>
      </div>
    </Callout>
  );
}

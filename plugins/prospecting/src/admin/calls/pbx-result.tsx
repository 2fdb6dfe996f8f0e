import { Button, Callout, Spinner } from "@quartet/ui";
import { type JSX, Match, Show, Switch } from "solid-js";
import type { ProspectingOutputs } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { talkTime } from "../shared/talk-time.ts";
import type { Disposition } from "./hotkeys.ts";

type Pbx = NonNullable<NonNullable<ProspectingOutputs["callScreen"]["current"]>["pbx"]>;

/**
 * What the PBX said about the dialled call: while it rings, a line saying so; when it ended, how
 * (no answer, busy, or answered with the talk time) and, when that decides the outcome, the
 * pre-selected outcome to confirm with one press.
 */
export function PbxResult(props: {
  pbx: Pbx | null;
  waiting: boolean;
  onConfirm: (disposition: Disposition) => void;
}): JSX.Element {
  return (
    <Switch>
      <Match when={props.pbx}>
        {(pbx) => (
          <Callout
            tone={pbx().connected ? "success" : "warning"}
            class="pr-pbx"
            title={
              pbx().connected
                ? i18n.t("calls.pbx.answered", { time: talkTime(pbx().durationSec) })
                : i18n.t(`calls.pbx.ended.${pbx().disposition ?? "failed"}`)
            }
            action={
              <Show when={pbx().outcome}>
                {(outcome) => (
                  <Button variant="primary" onClick={() => props.onConfirm(outcome())}>
                    {i18n.t("calls.pbx.confirm", { disposition: i18n.t(`calls.disposition.${outcome()}`) })}
                  </Button>
                )}
              </Show>
            }
          >
            {pbx().outcome ? i18n.t("calls.pbx.preselected") : i18n.t("calls.pbx.chooseOutcome")}
          </Callout>
        )}
      </Match>
      <Match when={props.waiting}>
        <p class="q-muted pr-pbx-waiting">
          <Spinner size="sm" label={i18n.t("calls.pbx.waiting")} />
          {i18n.t("calls.pbx.waiting")}
        </p>
      </Match>
    </Switch>
  );
}

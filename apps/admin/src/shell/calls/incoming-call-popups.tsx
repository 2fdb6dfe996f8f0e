import { For, type JSX } from "solid-js";
import { Portal } from "solid-js/web";
import { useT } from "../../i18n/index.ts";
import { useMinuteClock } from "../notifications/use-minute-clock.ts";
import { IncomingCallCard } from "./incoming-call-card.tsx";
import { type CallerCard, shownAtMost } from "./incoming-calls.ts";
import "./incoming-calls.css";

/**
 * The tab's ringing calls as popups in the corner (across the bottom on a phone), newest on top,
 * announced to screen readers; each closes itself when the call is answered or ends, or on
 * dismiss.
 */
export function IncomingCallPopups(props: {
  calls: readonly CallerCard[];
  onDismiss: (callId: string) => void;
}): JSX.Element {
  const i18n = useT();
  const now = useMinuteClock();
  return (
    <Portal>
      <section class="incoming-calls" aria-live="assertive" aria-label={i18n.t("incomingCall.region")}>
        <For each={props.calls.slice(0, shownAtMost)}>
          {(card) => (
            <IncomingCallCard card={card} now={now()} onDismiss={() => props.onDismiss(card.callId)} />
          )}
        </For>
      </section>
    </Portal>
  );
}

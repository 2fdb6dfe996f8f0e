import { collectWidgets, Slot, Spinner, usePluginHost } from "@quartet/ui";
import { createSignal, type JSX, Show, untrack } from "solid-js";
import { followUpAnswers } from "./follow-up-answers.ts";

/**
 * What the plugins just enabled offer to do right away (the `plugin.enabled` slot), inside the
 * enable dialog: a spinner until a widget shows an offer; `onNothing` once every widget said it
 * has none (at once when no widget fills the slot), `onDone` after an offer is taken or put off.
 */
export function EnableFollowUp(props: {
  pluginIds: readonly string[];
  onNothing: () => void;
  onDone: () => void;
}): JSX.Element {
  const host = usePluginHost();
  const [offering, setOffering] = createSignal(false);
  // Counted once: the widgets of the plugins enabled when the dialog turned; closing waits a tick.
  const answers = followUpAnswers(
    untrack(() => collectWidgets(host, "plugin.enabled").length),
    () => queueMicrotask(() => props.onNothing()),
  );
  const settle = (offers: boolean) => {
    if (offers) setOffering(true);
    answers.answer(offers);
  };
  return (
    <>
      <Show when={!offering()}>
        <Spinner />
      </Show>
      <div hidden={!offering()}>
        <Slot
          name="plugin.enabled"
          props={{ pluginIds: props.pluginIds, settle, onDone: () => props.onDone() }}
        />
      </div>
    </>
  );
}

import { For, type JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";

/**
 * While a card is dragged, the won and lost stages wait at the bottom of the screen (as in
 * Pipedrive), so a deal is closed by a drop even when those columns are scrolled out of view.
 * Each zone carries its stage's `data-stage-id`, which is what a drop looks for.
 */
export function DropBar(props: {
  stages: readonly { id: string; kind: string; name: string }[];
}): JSX.Element {
  const closing = () => props.stages.filter((s) => s.kind !== "open");
  return (
    <section class="fs-drop-bar" aria-label={i18n.t("boardView.drop.label")}>
      <For each={closing()}>
        {(stage) => (
          <div class="fs-drop-bar__zone" data-kind={stage.kind} data-stage-id={stage.id}>
            {stage.name}
          </div>
        )}
      </For>
    </section>
  );
}

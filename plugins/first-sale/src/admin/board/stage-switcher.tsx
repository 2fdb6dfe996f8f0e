import { For, type JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";

/**
 * The stage tabs of a narrow screen, where the board shows one column at a time (as Pipedrive's
 * mobile app): each stage with its count; the row scrolls sideways inside itself.
 */
export function StageSwitcher(props: {
  stages: readonly { id: string; name: string; count: number }[];
  current: string | undefined;
  onPick: (stageId: string) => void;
}): JSX.Element {
  return (
    <nav class="fs-stage-switch" aria-label={i18n.t("boardView.stages")}>
      <For each={props.stages}>
        {(stage) => (
          <button
            type="button"
            class="fs-stage-switch__tab"
            aria-pressed={stage.id === props.current}
            onClick={() => props.onPick(stage.id)}
          >
            <span>{stage.name}</span>
            <span class="fs-stage-switch__count">{stage.count}</span>
          </button>
        )}
      </For>
    </nav>
  );
}

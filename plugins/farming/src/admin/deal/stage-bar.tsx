import { For, type JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";

/**
 * The company's stages as one bar, the deal's stage marked and those before it filled; a click on
 * another stage moves an open deal there (when the viewer may).
 */
export function StageBar(props: {
  stages: readonly { key: string; name: { ru: string; en: string }; probability: number }[];
  current: string;
  movable: boolean;
  onMove: (stageKey: string) => void;
}): JSX.Element {
  const currentIndex = () => props.stages.findIndex((s) => s.key === props.current);
  return (
    <ol class="fm-stage-bar" aria-label={i18n.t("deal.stage")}>
      <For each={props.stages}>
        {(stage, index) => (
          <li>
            <button
              type="button"
              class="fm-stage-bar__step"
              data-done={index() <= currentIndex() ? "" : undefined}
              aria-current={stage.key === props.current ? "step" : undefined}
              disabled={!props.movable || stage.key === props.current}
              title={`${i18n.localized(stage.name)} · ${stage.probability} %`}
              onClick={() => props.onMove(stage.key)}
            >
              {i18n.localized(stage.name)}
            </button>
          </li>
        )}
      </For>
    </ol>
  );
}

import { StageMoveMenu } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { date, money } from "../shared/words.ts";
import { moveOfKey } from "./move-keys.ts";
import type { BoardDeal } from "./types.ts";

/**
 * A deal on the board: title, client, amount, close date and farmer. Enter or a click opens it;
 * `[` and `]` (or the arrows) move it a stage back or on; it can be dragged to another column, and
 * its "move to…" menu (when the viewer may move deals) lists every stage: the way to move it by touch.
 */
export function DealCard(props: {
  deal: BoardDeal;
  movable: boolean;
  stages: readonly { value: string; label: string }[];
  onOpen: () => void;
  onStep: (by: -1 | 1) => void;
  onMove: (stageKey: string) => void;
}): JSX.Element {
  const onKeyDown = (event: KeyboardEvent) => {
    const by = props.movable ? moveOfKey(event.key) : null;
    if (by === null) return;
    event.preventDefault();
    props.onStep(by);
  };
  return (
    <div class="q-board-card">
      <button
        type="button"
        class="fm-card"
        data-deal-id={props.deal.id}
        draggable={props.movable}
        onDragStart={(event) => event.dataTransfer?.setData("text/x-deal", props.deal.id)}
        onKeyDown={onKeyDown}
        onClick={() => props.onOpen()}
      >
        <span class="fm-card__title">{props.deal.title}</span>
        <span class="fm-card__client">{props.deal.clientName ?? ""}</span>
        <span class="fm-card__amount">
          {money(props.deal.amount.amountMinor, props.deal.amount.currency)}
        </span>
        <span class="fm-card__meta">
          <Show when={props.deal.expectedCloseOn}>
            {(on) => <span>{i18n.t("board.closeBy", { date: date(on()) })}</span>}
          </Show>
          <Show when={props.deal.farmerName}>{(name) => <span>{name()}</span>}</Show>
        </span>
      </button>
      <Show when={props.movable}>
        <StageMoveMenu
          label={i18n.t("board.moveLabel", { title: props.deal.title })}
          groupLabel={i18n.t("board.moveTo")}
          stages={props.stages}
          current={props.deal.stageKey}
          onMove={(stageKey) => props.onMove(stageKey)}
        />
      </Show>
    </div>
  );
}

import { Badge } from "@quartet/ui";
import type { inferRouterOutputs } from "@trpc/server";
import { type JSX, Show } from "solid-js";
import type { firstSaleRouter } from "../../server/router.ts";
import { i18n } from "../i18n/index.ts";
import { stepOfKey } from "./move-keys.ts";

/** A deal as the board lists it. */
export type BoardDeal = inferRouterOutputs<
  typeof firstSaleRouter
>["deals"]["board"]["columns"][number]["deals"][number];

/** The column under a pointer, by its `data-stage-id`. */
function stageAt(x: number, y: number): string | null {
  const column = document.elementFromPoint(x, y)?.closest<HTMLElement>("[data-stage-id]");
  return column?.dataset.stageId ?? null;
}

/**
 * A card of the board: title, amount, hunter and the rotting flag. It is focusable; `[`/`]` or
 * the arrows step it between stages, and dragging it with any pointer drops it on a column.
 */
export function DealCard(props: {
  deal: BoardDeal;
  onStep: (by: -1 | 1) => void;
  onDrop: (stageId: string) => void;
}): JSX.Element {
  let start: { x: number; y: number } | null = null;
  let card: HTMLButtonElement | undefined;
  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0 || !card) return;
    start = { x: event.clientX, y: event.clientY };
    card.setPointerCapture(event.pointerId);
    card.classList.add("fs-card--dragging");
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!start || !card) return;
    card.style.translate = `${event.clientX - start.x}px ${event.clientY - start.y}px`;
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!start || !card) return;
    start = null;
    card.classList.remove("fs-card--dragging");
    card.style.translate = "";
    card.style.visibility = "hidden";
    const stageId = stageAt(event.clientX, event.clientY);
    card.style.visibility = "";
    if (stageId) props.onDrop(stageId);
  };
  return (
    <button
      type="button"
      ref={card}
      class="fs-card"
      data-deal-id={props.deal.id}
      aria-roledescription="deal"
      aria-keyshortcuts="[ ] ArrowLeft ArrowRight"
      onKeyDown={(event) => {
        const by = stepOfKey(event.key);
        if (by === 0) return;
        event.preventDefault();
        props.onStep(by);
      }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      <span class="fs-card__title">{props.deal.title}</span>
      <span class="fs-card__amount">{i18n.formatMoney(props.deal.amount)}</span>
      <Show when={props.deal.rotting.length > 0}>
        <Badge tone="warning">{i18n.t("board.rotting")}</Badge>
      </Show>
    </button>
  );
}

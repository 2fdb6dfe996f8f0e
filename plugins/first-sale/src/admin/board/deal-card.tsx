import { formatWholeMoney, StageMoveMenu } from "@quartet/ui";
import type { inferRouterOutputs } from "@trpc/server";
import { type JSX, Show } from "solid-js";
import type { firstSaleRouter } from "../../server/router.ts";
import { i18n } from "../i18n/index.ts";
import { DealMarks } from "../shared/deal-marks.tsx";
import { companyLine } from "./card-facts.ts";
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

const dragThreshold = 6;
const edge = 48;

/** Scrolls the board sideways while a dragged card nears its left or right edge. */
function scrollNearEdge(card: HTMLElement, x: number) {
  const board = card.closest<HTMLElement>(".fs-board");
  if (!board) return;
  const { left, right } = board.getBoundingClientRect();
  if (x > right - edge) board.scrollLeft += 24;
  else if (x < left + edge) board.scrollLeft -= 24;
}

/**
 * A card of the board: title, the company (when the title is not already its name), amount, the
 * next step with its date (red once overdue), hunter and the rotting marks. It is focusable;
 * `[`/`]` or the arrows step it between stages, Enter or a click opens the deal, and dragging it
 * with any pointer drops it on a column (or the drop bar `onDragging` shows meanwhile). When the
 * viewer may move deals, its "move to…" menu lists every stage: the way to move it by touch.
 */
export function DealCard(props: {
  deal: BoardDeal;
  clientName: string;
  hunterName: string;
  /** The pipeline's stages for the "move to…" menu; none when the viewer may not move deals. */
  stages: readonly { value: string; label: string }[];
  onDragging: (dragging: boolean) => void;
  onStep: (by: -1 | 1) => void;
  onMove: (stageId: string) => void;
  onOpen: () => void;
}): JSX.Element {
  let start: { x: number; y: number } | null = null;
  let dragged = false;
  let card: HTMLButtonElement | undefined;
  const onPointerDown = (event: PointerEvent) => {
    if (event.button !== 0 || !card) return;
    start = { x: event.clientX, y: event.clientY };
    dragged = false;
    card.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent) => {
    if (!start || !card) return;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    if (!dragged && Math.hypot(dx, dy) < dragThreshold) return;
    if (!dragged) props.onDragging(true);
    dragged = true;
    card.classList.add("fs-card--dragging");
    card.style.translate = `${dx}px ${dy}px`;
    scrollNearEdge(card, event.clientX);
  };
  const onPointerUp = (event: PointerEvent) => {
    if (!start || !card) return;
    start = null;
    card.classList.remove("fs-card--dragging");
    card.style.translate = "";
    if (!dragged) return;
    card.style.visibility = "hidden";
    const stageId = stageAt(event.clientX, event.clientY);
    card.style.visibility = "";
    props.onDragging(false);
    if (stageId) props.onMove(stageId);
  };
  return (
    <div class="q-board-card">
      <button
        type="button"
        ref={card}
        class="fs-card"
        data-deal-id={props.deal.id}
        aria-roledescription={i18n.t("board.cardRole")}
        aria-keyshortcuts="[ ] ArrowLeft ArrowRight Enter"
        onKeyDown={(event) => {
          const by = stepOfKey(event.key);
          if (by === 0) return;
          event.preventDefault();
          props.onStep(by);
        }}
        onClick={() => {
          if (!dragged) props.onOpen();
          dragged = false;
        }}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <span class="fs-card__title">{props.deal.title}</span>
        <Show when={companyLine(props.deal.title, props.clientName)}>
          {(company) => <span class="fs-card__client">{company()}</span>}
        </Show>
        <span class="fs-card__amount">{formatWholeMoney(i18n.locale(), props.deal.amount)}</span>
        <Show when={props.deal.nextStep}>
          {(next) => (
            <span class="fs-card__next" data-due={props.deal.nextStepOverdue ? "overdue" : undefined}>
              <span class="fs-card__next-text">
                {i18n.t("boardView.card.next", { text: next().text || i18n.t("boardView.card.noText") })}
              </span>
              <Show when={next().dueOn}>
                {(dueOn) => (
                  <span class="fs-card__due">
                    {props.deal.nextStepOverdue
                      ? i18n.t("boardView.card.overdue", { date: i18n.formatDate(dueOn()) })
                      : i18n.t("boardView.card.due", { date: i18n.formatDate(dueOn()) })}
                  </span>
                )}
              </Show>
            </span>
          )}
        </Show>
        <span class="fs-card__hunter">
          {props.hunterName ? i18n.t("board.hunter", { name: props.hunterName }) : i18n.t("board.noHunter")}
        </span>
        <span class="fs-card__marks">
          <DealMarks rotting={props.deal.rotting} />
        </span>
      </button>
      <Show when={props.stages.length > 0}>
        <StageMoveMenu
          label={i18n.t("boardView.move.label", { title: props.deal.title })}
          groupLabel={i18n.t("boardView.move.to")}
          stages={props.stages}
          current={props.deal.stageId}
          onMove={(stageId) => props.onMove(stageId)}
        />
      </Show>
    </div>
  );
}

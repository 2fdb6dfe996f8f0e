import { Button, IconPlus } from "@quartet/ui";
import { For, type JSX, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { money, percent } from "../shared/words.ts";
import { DealCard } from "./deal-card.tsx";
import type { BoardDeal, BoardColumn as Column } from "./types.ts";

/**
 * A stage of the board: its name, how many deals and what they are worth, plain and weighted by the
 * stage's chance; the deals under it. Deals dropped on it move here; `+` adds one straight into it;
 * a card's menu moves it to any of `stages`.
 */
export function BoardColumn(props: {
  column: Column;
  movable: boolean;
  stages: readonly { value: string; label: string }[];
  onOpen: (deal: BoardDeal) => void;
  onStep: (deal: BoardDeal, by: -1 | 1) => void;
  onMove: (deal: BoardDeal, stageKey: string) => void;
  onDrop: (dealId: string) => void;
  onAdd?: (() => void) | undefined;
}): JSX.Element {
  const name = () => i18n.localized(props.column.stage.name);
  return (
    <section
      class="fm-column"
      data-stage={props.column.stage.key}
      aria-label={name()}
      onDragOver={(event) => props.movable && event.preventDefault()}
      onDrop={(event) => {
        const id = event.dataTransfer?.getData("text/x-deal");
        if (id) props.onDrop(id);
      }}
    >
      <header class="fm-column__head">
        <div class="fm-column__title">
          <h2>{name()}</h2>
          <span class="fm-column__count" title={i18n.t("board.count", { count: props.column.count })}>
            {props.column.count}
          </span>
          <Show when={props.onAdd}>
            {(add) => (
              <Button
                variant="ghost"
                size="sm"
                class="fm-column__add"
                icon={<IconPlus />}
                aria-label={`${i18n.t("quickAdd.open")}: ${name()}`}
                onClick={() => add()()}
              />
            )}
          </Show>
        </div>
        <p class="fm-column__sum">{money(props.column.sum.amountMinor, props.column.sum.currency)}</p>
        <p class="fm-column__weighted">
          {i18n.t("board.weighted")}:{" "}
          {money(props.column.weighted.amountMinor, props.column.weighted.currency)} ·{" "}
          {percent(props.column.stage.probability / 100)}
        </p>
      </header>
      <div class="fm-column__cards">
        <For each={props.column.deals} fallback={<p class="fm-column__empty">{i18n.t("board.noDeals")}</p>}>
          {(deal) => (
            <DealCard
              deal={deal}
              movable={props.movable}
              stages={props.stages}
              onOpen={() => props.onOpen(deal)}
              onStep={(by) => props.onStep(deal, by)}
              onMove={(stageKey) => props.onMove(deal, stageKey)}
            />
          )}
        </For>
      </div>
    </section>
  );
}

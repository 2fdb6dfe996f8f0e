import {
  Button,
  Callout,
  I18nProvider,
  IconPlus,
  LoadFailed,
  loaded,
  scrollCues,
  showToast,
} from "@quartet/ui";
import { useNavigate, useSearchParams } from "@solidjs/router";
import { createResource, createSignal, For, type JSX, onCleanup, Show } from "solid-js";
import { useFarmingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { errorText } from "../shared/error-text.ts";
import { PageHead } from "../shared/page-head.tsx";
import { useCan } from "../shared/permissions.ts";
import { money } from "../shared/words.ts";
import { BoardColumn } from "./board-column.tsx";
import { neighbourStage } from "./move-keys.ts";
import { QuickAddDialog } from "./quick-add-dialog.tsx";
import type { BoardDeal } from "./types.ts";
import "./board.css";

/**
 * `/farming/deals`: the board of open expansion deals (everyone's, or the viewer's own with
 * `?mine=1`, so a link keeps the choice), a column per company stage with its count, plain and
 * weighted sum, and the board's totals. Cards move by dragging, with `[` / `]`, or by touch from
 * their "move to…" menu; Enter opens a deal; `+` adds one in a few fields. The board scrolls
 * sideways inside itself and fades the edge beyond which more stages wait.
 */
export default function BoardPage(): JSX.Element {
  const api = useFarmingApi();
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams<{ mine?: string }>();
  const mine = () => params.mine === "1";
  const setMine = (on: boolean) => setParams({ mine: on ? "1" : undefined });
  const [board, { refetch }] = createResource(
    () => ({ mine: mine() }),
    (filter) => api.deals.board.query(filter.mine ? { mine: true } : {}),
  );
  const [adding, setAdding] = createSignal<{ stageKey?: string } | null>(null);
  const stages = () => loaded(board)?.columns.map((c) => c.stage) ?? [];
  const currency = () => loaded(board)?.currency ?? "RUB";
  const moveTargets = () => stages().map((s) => ({ value: s.key, label: i18n.localized(s.name) }));

  const move = async (deal: BoardDeal, stageKey: string) => {
    if (stageKey === deal.stageKey || !can("dealsWrite")) return;
    try {
      await api.deals.move.mutate({ dealId: deal.id, stageKey });
      const stage = stages().find((s) => s.key === stageKey);
      showToast({
        title: i18n.t("board.moved", { stage: stage ? i18n.localized(stage.name) : "" }),
        tone: "success",
      });
      await refetch();
      document.querySelector<HTMLElement>(`[data-deal-id="${deal.id}"]`)?.focus();
    } catch (error) {
      showToast({ title: errorText(error), tone: "error" });
    }
  };
  const dealById = (id: string) =>
    loaded(board)
      ?.columns.flatMap((c) => c.deals)
      .find((d) => d.id === id);

  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container fm-board-page">
        <PageHead
          title={i18n.t("board.title")}
          subtitle={i18n.t("board.subtitle")}
          actions={
            <Show when={can("dealsWrite")}>
              <Button variant="primary" icon={<IconPlus />} onClick={() => setAdding({})}>
                {i18n.t("quickAdd.open")}
              </Button>
            </Show>
          }
        />
        <div class="fm-board-bar">
          <fieldset class="fm-segmented">
            <legend class="q-visually-hidden">{i18n.t("board.show")}</legend>
            <Button
              size="sm"
              variant={mine() ? "ghost" : "secondary"}
              aria-pressed={!mine()}
              onClick={() => setMine(false)}
            >
              {i18n.t("board.everyone")}
            </Button>
            <Button
              size="sm"
              variant={mine() ? "secondary" : "ghost"}
              aria-pressed={mine()}
              onClick={() => setMine(true)}
            >
              {i18n.t("board.mine")}
            </Button>
          </fieldset>
          <Show when={loaded(board)}>
            {(data) => (
              <p class="fm-board-totals" data-totals>
                {i18n.t("board.totals", {
                  deals: i18n.t("units.deals", { count: data().totals.count }),
                  sum: money(data().totals.sum.amountMinor, data().currency),
                  weighted: money(data().totals.weighted.amountMinor, data().currency),
                })}
              </p>
            )}
          </Show>
        </div>
        <Show when={can("dealsWrite")}>
          <p class="fm-keys-hint q-hotkey-hint">{i18n.t("board.keysHint")}</p>
        </Show>
        <Show when={board.error}>
          <LoadFailed onRetry={() => void refetch()} />
        </Show>
        <Show when={(loaded(board)?.totals.otherCurrency ?? 0) > 0}>
          <Callout tone="info">
            {i18n.t("board.otherCurrency", { count: loaded(board)?.totals.otherCurrency ?? 0 })}
          </Callout>
        </Show>
        <div
          class="fm-board q-scroll-cues"
          aria-busy={board.loading}
          ref={(box) => onCleanup(scrollCues(box))}
        >
          <For each={loaded(board)?.columns ?? []}>
            {(column) => (
              <BoardColumn
                column={column}
                movable={can("dealsWrite")}
                stages={moveTargets()}
                onOpen={(deal) => navigate(`/farming/deals/${deal.id}`)}
                onMove={(deal, stageKey) => void move(deal, stageKey)}
                onStep={(deal, by) => {
                  const target = neighbourStage(stages(), deal.stageKey, by);
                  if (target) void move(deal, target);
                }}
                onDrop={(dealId) => {
                  const deal = dealById(dealId);
                  if (deal) void move(deal, column.stage.key);
                }}
                onAdd={can("dealsWrite") ? () => setAdding({ stageKey: column.stage.key }) : undefined}
              />
            )}
          </For>
        </div>
        <QuickAddDialog
          open={adding() !== null}
          stageKey={adding()?.stageKey}
          currency={currency()}
          onClose={() => setAdding(null)}
          onCreated={() => {
            setAdding(null);
            showToast({ title: i18n.t("quickAdd.created"), tone: "success" });
            void refetch();
          }}
        />
      </div>
    </I18nProvider>
  );
}

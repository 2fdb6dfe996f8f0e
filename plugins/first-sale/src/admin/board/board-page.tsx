import { Button, Callout, Card, I18nProvider, scrollCues, showToast } from "@quartet/ui";
import { useNavigate, useSearchParams } from "@solidjs/router";
import { createMemo, createResource, createSignal, For, type JSX, onCleanup, Show } from "solid-js";
import { useFirstSaleApi } from "../api.ts";
import { errorText } from "../errors/error-text.ts";
import { i18n } from "../i18n/index.ts";
import { LeadsOffer } from "../leads/leads-offer.tsx";
import { createNames } from "../shared/names.ts";
import { useCan } from "../shared/permissions.ts";
import { createPipelineChoice, PipelinePicker } from "../shared/pipeline-picker.tsx";
import { SubNav } from "../shared/sub-nav.tsx";
import {
  type BoardFilters,
  type ClosedPeriod,
  closedOfQuery,
  filterInput,
  filtersOfQuery,
  listHref,
  queryOfFilters,
  type ViewQuery,
} from "./board-query.ts";
import { BoardSummary } from "./board-summary.tsx";
import { ColumnHead } from "./column-head.tsx";
import { type BoardDeal, DealCard } from "./deal-card.tsx";
import { DropBar } from "./drop-bar.tsx";
import { FilterBar } from "./filter-bar.tsx";
import { LostDialog } from "./lost-dialog.tsx";
import { neighbourStage } from "./move-keys.ts";
import { NewDealDialog } from "./new-deal-dialog.tsx";
import { QuickAdd } from "./quick-add.tsx";
import { StageSwitcher } from "./stage-switcher.tsx";
import "./board.css";

type Move = { deal: BoardDeal; stageId: string };

/**
 * `/deals`: the kanban board of a pipeline (the default one unless `?pipeline=` names another),
 * filtered by the address (`mine`, `hunter`, `source`, `rotting`, `overdue`, `q`), with each
 * column's and the board's count, plain and weighted sums (the list's figures for the same filter)
 * and a quick add atop each working column. The won and lost columns reach back 30 days unless
 * `closed=quarter|all` widens them, and say so. Columns keep their width and the board scrolls
 * sideways in its own box; a narrow screen shows one column at a time under stage tabs. Cards
 * move by dragging (pointer events; won and lost wait in a drop bar), from the keyboard (`[`/`]`,
 * arrows) or by touch through their "move to…" menu; a move to the lost stage asks for a reason
 * first; Enter or a click opens the deal.
 */
export default function BoardPage(): JSX.Element {
  const api = useFirstSaleApi();
  const can = useCan();
  const navigate = useNavigate();
  const choice = createPipelineChoice();
  const [params, setParams] = useSearchParams<ViewQuery>();
  const filters = createMemo(() => filtersOfQuery(params), undefined, {
    equals: (a, b) => JSON.stringify(a) === JSON.stringify(b),
  });
  // Typing a search replaces the address rather than stacking a history entry per letter.
  const setFilters = (next: BoardFilters) =>
    setParams(queryOfFilters(next), { replace: next.search !== filters().search });
  const closed = createMemo(() => closedOfQuery(params));
  const setClosed = (next: ClosedPeriod) => setParams({ closed: next === "30d" ? undefined : next });
  const [board, { refetch }] = createResource(
    () => {
      const pipelineId = choice.chosen()?.id;
      return pipelineId ? { pipelineId, closed: closed(), ...filterInput(filters()) } : undefined;
    },
    (input) => api.deals.board.query(input),
  );
  const [policy] = createResource(() => api.deals.policy.query());
  const names = createNames(() => board.latest?.columns.flatMap((c) => c.deals.map((d) => d.clientId)));
  const [pendingLost, setPendingLost] = createSignal<Move | null>(null);
  const [lostError, setLostError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [creating, setCreating] = createSignal(false);
  const [dragging, setDragging] = createSignal(false);
  const [picked, setPicked] = createSignal<string | undefined>();
  const stages = () => board.latest?.columns.map((column) => column.stage) ?? [];
  const current = () => {
    const ids = stages().map((s) => s.id);
    const id = picked();
    return id && ids.includes(id) ? id : ids[0];
  };
  const currency = () => board.latest?.currency ?? "RUB";
  const moveTargets = () => (can("dealsWrite") ? stages().map((s) => ({ value: s.id, label: s.name })) : []);
  const toList = () => listHref(choice.chosen()?.id, filters(), closed());

  const send = async (move: Move, reason: string | null = null, note: string | null = null) => {
    setBusy(true);
    try {
      await api.deals.moveStage.mutate({ dealId: move.deal.id, stageId: move.stageId, reason, note });
      const stage = stages().find((s) => s.id === move.stageId);
      showToast({ title: i18n.t("board.moved", { stage: stage?.name ?? "" }), tone: "success" });
      setPendingLost(null);
      setPicked(move.stageId);
      await refetch();
      document.querySelector<HTMLElement>(`[data-deal-id="${move.deal.id}"]`)?.focus();
    } catch (error) {
      if (pendingLost()) setLostError(errorText(error));
      else showToast({ title: errorText(error), tone: "error" });
    } finally {
      setBusy(false);
    }
  };

  const request = (move: Move) => {
    if (move.stageId === move.deal.stageId || !can("dealsWrite")) return;
    const target = stages().find((s) => s.id === move.stageId);
    if (target?.kind === "lost") {
      setLostError(null);
      setPendingLost(move);
    } else void send(move);
  };

  const step = (deal: BoardDeal, by: -1 | 1) => {
    const target = neighbourStage(stages(), deal.stageId, by);
    if (target) request({ deal, stageId: target.id });
  };

  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container fs-board-page">
        <div class="fs-page-head">
          <h1>{i18n.t("board.title")}</h1>
          <Show when={can("dealsWrite")}>
            <Button onClick={() => setCreating(true)}>{i18n.t("board.newDeal")}</Button>
          </Show>
        </div>
        <SubNav hrefs={{ list: toList() }} />
        <Show when={can("dealsWrite")}>
          <LeadsOffer onDone={() => void refetch()} />
        </Show>
        <div class="fs-toolbar fs-board-toolbar">
          <PipelinePicker choice={choice} />
          <FilterBar
            filters={filters()}
            members={names.members()}
            sources={board.latest?.sources ?? []}
            closed={closed()}
            onChange={setFilters}
            onClosed={setClosed}
          />
        </div>
        <Show when={board.error}>
          <Callout tone="danger">{i18n.t("board.loadFailed")}</Callout>
        </Show>
        <Show when={choice.pipelines() && !choice.chosen()}>
          <Card>{i18n.t("board.empty")}</Card>
        </Show>
        <Show when={board.latest}>
          {(data) => (
            <>
              <BoardSummary sums={data().totals} currency={currency()} listHref={toList()} />
              <Show when={can("dealsWrite")}>
                <p class="fs-board__hint">{i18n.t("board.hint")}</p>
              </Show>
              <StageSwitcher
                stages={data().columns.map((c) => ({ id: c.stage.id, name: c.stage.name, count: c.count }))}
                current={current()}
                onPick={setPicked}
              />
              <div class="fs-board q-scroll-cues" ref={(box) => onCleanup(scrollCues(box))}>
                <For each={data().columns}>
                  {(column) => (
                    <section
                      class="fs-board__column"
                      classList={{ "fs-board__column--current": column.stage.id === current() }}
                      data-stage-id={column.stage.id}
                      data-kind={column.stage.kind}
                      aria-label={column.stage.name}
                    >
                      <ColumnHead
                        name={column.stage.name}
                        sums={column.totals}
                        currency={currency()}
                        period={
                          column.stage.kind === "open"
                            ? undefined
                            : i18n.t(`boardView.closed.note.${data().closed}`)
                        }
                      >
                        <Show when={can("dealsWrite") && column.stage.kind === "open" && data().pipeline}>
                          {(pipeline) => (
                            <QuickAdd
                              pipelineId={pipeline().id}
                              stageId={column.stage.id}
                              stageName={column.stage.name}
                              onCreated={() => void refetch()}
                            />
                          )}
                        </Show>
                      </ColumnHead>
                      <div class="fs-board__cards">
                        <For
                          each={column.deals}
                          fallback={<p class="fs-board__empty">{i18n.t("board.noDeals")}</p>}
                        >
                          {(deal) => (
                            <DealCard
                              deal={deal}
                              clientName={names.client(deal.clientId)}
                              hunterName={names.member(deal.hunterId)}
                              stages={moveTargets()}
                              onDragging={setDragging}
                              onStep={(by) => step(deal, by)}
                              onMove={(stageId) => request({ deal, stageId })}
                              onOpen={() => navigate(`/deals/${deal.id}`)}
                            />
                          )}
                        </For>
                      </div>
                    </section>
                  )}
                </For>
              </div>
              <Show when={dragging()}>
                <DropBar stages={stages()} />
              </Show>
            </>
          )}
        </Show>
        <NewDealDialog
          open={creating()}
          pipelineId={choice.chosen()?.id}
          onClose={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            void refetch();
          }}
        />
        <LostDialog
          open={pendingLost() !== null}
          reasons={policy()?.lostReasons ?? []}
          error={lostError()}
          busy={busy()}
          onSubmit={(reason, note) => {
            const move = pendingLost();
            if (move) void send(move, reason, note);
          }}
          onClose={() => setPendingLost(null)}
        />
      </div>
    </I18nProvider>
  );
}

import { Button, Callout, Card, I18nProvider, showToast } from "@quartet/ui";
import { useNavigate } from "@solidjs/router";
import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { useFirstSaleApi } from "../api.ts";
import { errorText } from "../errors/error-text.ts";
import { i18n } from "../i18n/index.ts";
import { createNames } from "../shared/names.ts";
import { useCan } from "../shared/permissions.ts";
import { createPipelineChoice, PipelinePicker } from "../shared/pipeline-picker.tsx";
import { SubNav } from "../shared/sub-nav.tsx";
import { type BoardDeal, DealCard } from "./deal-card.tsx";
import { LostDialog } from "./lost-dialog.tsx";
import { neighbourStage } from "./move-keys.ts";
import { NewDealDialog } from "./new-deal-dialog.tsx";
import "./board.css";

type Move = { deal: BoardDeal; stageId: string };

/**
 * `/deals`: the kanban board of a pipeline (the default one unless `?pipeline=` names another).
 * Cards move by dragging (pointer events) or from the keyboard (`[`/`]`, arrows); a move to the
 * lost stage asks for a reason first; Enter or a click opens the deal.
 */
export default function BoardPage(): JSX.Element {
  const api = useFirstSaleApi();
  const can = useCan();
  const navigate = useNavigate();
  const choice = createPipelineChoice();
  const [board, { refetch }] = createResource(
    () => choice.chosen()?.id,
    (pipelineId) => api.deals.board.query({ pipelineId }),
  );
  const [policy] = createResource(() => api.deals.policy.query());
  const names = createNames(() => board.latest?.columns.flatMap((c) => c.deals.map((d) => d.clientId)));
  const [pendingLost, setPendingLost] = createSignal<Move | null>(null);
  const [lostError, setLostError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [creating, setCreating] = createSignal(false);
  const stages = () => board()?.columns.map((column) => column.stage) ?? [];

  const send = async (move: Move, reason: string | null = null, note: string | null = null) => {
    setBusy(true);
    try {
      await api.deals.moveStage.mutate({ dealId: move.deal.id, stageId: move.stageId, reason, note });
      const stage = stages().find((s) => s.id === move.stageId);
      showToast({ title: i18n.t("board.moved", { stage: stage?.name ?? "" }), tone: "success" });
      setPendingLost(null);
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
        <SubNav />
        <div class="fs-toolbar">
          <PipelinePicker choice={choice} />
        </div>
        <Show when={can("dealsWrite")}>
          <p class="fs-board__hint">{i18n.t("board.hint")}</p>
        </Show>
        <Show when={board.error}>
          <Callout tone="danger">{i18n.t("board.loadFailed")}</Callout>
        </Show>
        <Show when={choice.pipelines() && !choice.chosen()}>
          <Card>{i18n.t("board.empty")}</Card>
        </Show>
        <Show when={board()}>
          {(data) => (
            <div class="fs-board">
              <For each={data().columns}>
                {(column) => (
                  <section
                    class="fs-board__column"
                    data-stage-id={column.stage.id}
                    aria-label={column.stage.name}
                  >
                    <header class="fs-board__head">
                      <h2>{column.stage.name}</h2>
                      <span class="fs-board__count">{column.count}</span>
                      <For each={column.totals}>
                        {(total) => (
                          <div class="fs-board__sum">
                            {i18n.t("board.weighted", {
                              sum: i18n.formatMoney({
                                amountMinor: total.weightedMinor,
                                currency: total.currency,
                              }),
                            })}
                          </div>
                        )}
                      </For>
                    </header>
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
                            onStep={(by) => step(deal, by)}
                            onDrop={(stageId) => request({ deal, stageId })}
                            onOpen={() => navigate(`/deals/${deal.id}`)}
                          />
                        )}
                      </For>
                    </div>
                  </section>
                )}
              </For>
            </div>
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

import { Badge, Button, Callout, I18nProvider, IconArrowLeft, loaded, Spinner, showToast } from "@quartet/ui";
import { A, useParams } from "@solidjs/router";
import { createResource, createSignal, type JSX, onCleanup, Show } from "solid-js";
import { useFarmingApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { errorText, run } from "../shared/error-text.ts";
import { useCan } from "../shared/permissions.ts";
import { date } from "../shared/words.ts";
import { DealDetails } from "./deal-details.tsx";
import { HistoryCard } from "./history-card.tsx";
import { InvoiceCard } from "./invoice-card.tsx";
import { LostDialog, type LostReason } from "./lost-dialog.tsx";
import { StageBar } from "./stage-bar.tsx";
import type { DealView } from "./types.ts";
import "../shared/farming.css";
import "./deal.css";

const tones = { open: "info", won: "success", lost: "danger" } as const;

/**
 * `/farming/deals/:dealId`: an expansion deal — its stage (a bar to move it), amount, close date,
 * invoice and payments, won (when its invoice is paid) or lost with a reason, and its history.
 */
export default function DealPage(): JSX.Element {
  const api = useFarmingApi();
  const can = useCan();
  const params = useParams<{ dealId: string }>();
  const [data, { refetch }] = createResource(
    () => params.dealId,
    (dealId) => api.deals.get.query({ dealId }),
  );
  const [losing, setLosing] = createSignal(false);
  const [lostError, setLostError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const editable = () => loaded(data)?.deal.status === "open" && can("dealsWrite");

  // A payment wins the deal a moment later (an event the server handles): look again for a while.
  let polling: ReturnType<typeof setInterval> | undefined;
  const watch = () => {
    clearInterval(polling);
    let left = 20;
    void refetch();
    polling = setInterval(() => {
      if (--left <= 0 || loaded(data)?.deal.status !== "open") clearInterval(polling);
      else void refetch();
    }, 1000);
  };
  onCleanup(() => clearInterval(polling));

  const move = (deal: DealView, stageKey: string) =>
    void run(() => api.deals.move.mutate({ dealId: deal.id, stageKey })).then((ok) => ok && refetch());
  const lose = async (deal: DealView, reason: LostReason, note: string) => {
    setBusy(true);
    setLostError(null);
    try {
      await api.deals.lose.mutate({ dealId: deal.id, reason, ...(note.trim() ? { note } : {}) });
      setLosing(false);
      showToast({ title: i18n.t("deal.lost.done"), tone: "success" });
      await refetch();
    } catch (error) {
      setLostError(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const reopen = (deal: DealView) =>
    void run(() => api.deals.reopen.mutate({ dealId: deal.id }), i18n.t("deal.reopened")).then(
      (ok) => ok && refetch(),
    );

  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container fm-deal">
        <A href="/farming/deals" class="fm-back">
          <IconArrowLeft size={16} />
          {i18n.t("deal.back")}
        </A>
        <Show when={data.error}>
          <Callout tone="danger">{errorText(data.error)}</Callout>
        </Show>
        <Show
          when={loaded(data)}
          fallback={
            <Show when={!data.error}>
              <Spinner />
            </Show>
          }
        >
          {(page) => (
            <div class="q-stack q-gap-6">
              <header class="fm-deal__head">
                <div class="q-stack q-gap-2">
                  <div class="q-row">
                    <h1>{page().deal.title}</h1>
                    <Badge tone={tones[page().deal.status]}>
                      {i18n.t(`deal.status.${page().deal.status}`)}
                    </Badge>
                  </div>
                  <Show when={page().deal.status === "won" && page().deal.wonAt}>
                    {(at) => <p class="fm-deal__outcome">{i18n.t("deal.wonOn", { date: date(at()) })}</p>}
                  </Show>
                  <Show when={page().deal.status === "lost" && page().deal.lostAt}>
                    {(at) => (
                      <p class="fm-deal__outcome">
                        {i18n.t("deal.lostOn", {
                          date: date(at()),
                          reason: i18n.tDynamic(`deal.lost.reasons.${page().deal.lostReason ?? "other"}`),
                        })}
                        <Show when={page().deal.lostNote}>{(note) => <> — {note()}</>}</Show>
                      </p>
                    )}
                  </Show>
                </div>
                <div class="q-row">
                  <Show when={editable()}>
                    <Button variant="secondary" onClick={() => setLosing(true)}>
                      {i18n.t("deal.markLost")}
                    </Button>
                  </Show>
                  <Show when={page().deal.status === "lost" && can("dealsWrite")}>
                    <Button variant="secondary" onClick={() => reopen(page().deal)}>
                      {i18n.t("deal.reopen")}
                    </Button>
                  </Show>
                </div>
              </header>
              <Show when={page().deal.status === "open"}>
                <StageBar
                  stages={page().stages}
                  current={page().deal.stageKey}
                  movable={editable()}
                  onMove={(key) => move(page().deal, key)}
                />
              </Show>
              <div class="fm-deal__grid">
                <div class="q-stack q-gap-6">
                  <DealDetails deal={page().deal} editable={editable()} onSaved={() => void refetch()} />
                  <InvoiceCard deal={page().deal} onChanged={watch} />
                </div>
                <HistoryCard data={page()} />
              </div>
              <LostDialog
                open={losing()}
                busy={busy()}
                error={lostError()}
                onSubmit={(reason, note) => void lose(page().deal, reason, note)}
                onClose={() => setLosing(false)}
              />
            </div>
          )}
        </Show>
      </div>
    </I18nProvider>
  );
}

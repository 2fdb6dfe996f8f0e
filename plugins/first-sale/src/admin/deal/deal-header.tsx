import { Button, Callout, Select } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createEffect, createSignal, type JSX, on, Show } from "solid-js";
import { type DealPageData, useFirstSaleApi } from "../api.ts";
import { LostDialog, type LostReasonOption } from "../board/lost-dialog.tsx";
import { errorText } from "../errors/error-text.ts";
import { i18n } from "../i18n/index.ts";
import { DealMarks, StatusBadge } from "../shared/deal-marks.tsx";
import { useCan } from "../shared/permissions.ts";
import type { WonRule } from "./won-progress.ts";

/**
 * The top of a deal's page: title, client, stage and status, and what a hunter does with it —
 * move it, mark it won (the server checks the organisation's rule and its refusal is shown
 * translated), mark it lost with a reason, reopen a lost deal, mark the contract signed.
 */
export function DealHeader(props: {
  data: DealPageData;
  clientName: string;
  rule: WonRule | undefined;
  lostReasons: readonly LostReasonOption[];
  onChanged: () => void;
}): JSX.Element {
  const api = useFirstSaleApi();
  const can = useCan();
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [losing, setLosing] = createSignal(false);
  const [lostError, setLostError] = createSignal<string | null>(null);
  const deal = () => props.data.deal;
  // A refusal speaks of the deal as it was: it goes once the deal changes (e.g. a payment won it).
  createEffect(
    on(
      () => deal().updatedAt,
      () => setError(null),
      { defer: true },
    ),
  );
  const stages = () => props.data.pipeline.stages;
  const stageOf = (kind: "won" | "lost") => stages().find((s) => s.kind === kind);
  const current = () => stages().find((s) => s.id === deal().stageId);
  const act = async (call: () => Promise<unknown>, onError = setError) => {
    setBusy(true);
    setError(null);
    try {
      await call();
      props.onChanged();
      return true;
    } catch (cause) {
      onError(errorText(cause));
      return false;
    } finally {
      setBusy(false);
    }
  };
  const move = (stageId: string, reason: string | null = null, note: string | null = null) =>
    api.deals.moveStage.mutate({ dealId: deal().id, stageId, reason, note });
  const open = () => deal().status === "open";
  const writes = () => can("dealsWrite");
  const lostLabel = () => props.lostReasons.find((r) => r.key === deal().lostReason)?.label[i18n.locale()];
  return (
    <header class="fs-deal-head">
      <div class="fs-page-head">
        <div>
          <h1>{deal().title}</h1>
          <p class="fs-row fs-muted">
            <A href={`/clients/${deal().clientId}`}>{props.clientName || i18n.t("deal.client")}</A>
            <span>·</span>
            <span>{current()?.name}</span>
            <StatusBadge status={deal().status} />
            <DealMarks rotting={deal().rotting} />
          </p>
        </div>
        <div class="fs-row">
          <Show when={writes() && open()}>
            <Select
              label={i18n.t("deal.moveTo")}
              options={stages()
                .filter((s) => s.kind === "open")
                .map((s) => ({ value: s.id, label: `${s.name} · ${s.probability} %` }))}
              value={deal().stageId}
              disabled={busy()}
              onChange={(stageId) => {
                // The select reports its value again when its options are rebuilt: only a change moves.
                if (stageId !== deal().stageId) void act(() => move(stageId));
              }}
            />
            <Button
              loading={busy()}
              onClick={() => {
                const won = stageOf("won");
                if (won) void act(() => move(won.id));
              }}
            >
              {i18n.t("deal.markWon")}
            </Button>
            <Button
              variant="danger"
              onClick={() => {
                setLostError(null);
                setLosing(true);
              }}
            >
              {i18n.t("deal.markLost")}
            </Button>
          </Show>
          <Show
            when={
              writes() &&
              props.rule?.kind === "contract-signed" &&
              !deal().contractSignedAt &&
              deal().status !== "lost"
            }
          >
            <Button
              variant="secondary"
              loading={busy()}
              onClick={() => void act(() => api.deals.markContractSigned.mutate({ dealId: deal().id }))}
            >
              {i18n.t("deal.contractSigned")}
            </Button>
          </Show>
          <Show when={writes() && deal().status === "lost"}>
            <Button
              variant="secondary"
              loading={busy()}
              onClick={() => void act(() => api.deals.reopen.mutate({ dealId: deal().id }))}
            >
              {i18n.t("deal.reopen")}
            </Button>
          </Show>
        </div>
      </div>
      <Show when={deal().status === "lost"}>
        <Callout tone="warning">
          {i18n.t("deal.lostBecause", { reason: lostLabel() ?? deal().lostReason ?? "" })}
          <Show when={deal().lostNote}>{(note) => <> — {note()}</>}</Show>
        </Callout>
      </Show>
      <Show when={deal().status === "won" && deal().wonAt}>
        {(at) => (
          <Callout tone="success">{i18n.t("deal.wonAt", { date: i18n.formatDateTime(at()) })}</Callout>
        )}
      </Show>
      <Show when={error()}>{(message) => <Callout tone="danger">{message()}</Callout>}</Show>
      <LostDialog
        open={losing()}
        reasons={props.lostReasons}
        error={lostError()}
        busy={busy()}
        onSubmit={(reason, note) => {
          const lost = stageOf("lost");
          if (!lost) return;
          void act(() => move(lost.id, reason, note), setLostError).then((ok) => ok && setLosing(false));
        }}
        onClose={() => setLosing(false)}
      />
    </header>
  );
}

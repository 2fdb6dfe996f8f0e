import { Callout, Card, I18nProvider, StatTile, Table, TextField } from "@quartet/ui";
import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { PipelineFilter } from "../shared/pipeline-filter.tsx";
import { SubNav } from "../shared/sub-nav.tsx";
import { pillOf, readingsOf, type Summary } from "./readings.ts";
import "../shared/shared.css";

const percent = (share: number | null) =>
  share === null ? "—" : i18n.formatNumber(share, { style: "percent", maximumFractionDigits: 1 });

/**
 * `/deals/stats`: first sale's numbers over a period (this month by default): win rate, lead →
 * paid, cycle to cash, average first order, weighted coverage of the monthly target, and the
 * shares of rotting deals and of deals without a next step, with their health status.
 */
export default function StatsPage(): JSX.Element {
  const api = useFirstSaleApi();
  const [from, setFrom] = createSignal("");
  const [to, setTo] = createSignal("");
  const [pipelineId, setPipelineId] = createSignal("");
  const [policy] = createResource(() => api.deals.policy.query());
  const [summary] = createResource(
    () => ({ from: from(), to: to(), pipelineId: pipelineId() }),
    (input) =>
      api.stats.summary.query({
        ...(input.from ? { from: input.from } : {}),
        ...(input.to ? { to: input.to } : {}),
        ...(input.pipelineId ? { pipelineId: input.pipelineId } : {}),
      }),
  );
  const reasonLabel = (key: string) =>
    policy()?.lostReasons.find((r) => r.key === key)?.label[i18n.locale()] ?? key;
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container">
        <h1>{i18n.t("stats.title")}</h1>
        <SubNav />
        <div class="fs-toolbar">
          <TextField label={i18n.t("stats.from")} type="date" value={from()} onChange={setFrom} />
          <TextField label={i18n.t("stats.to")} type="date" value={to()} onChange={setTo} />
          <PipelineFilter value={pipelineId()} onChange={setPipelineId} />
        </div>
        <Show when={summary.error}>
          <Callout tone="danger">{i18n.t("stats.loadFailed")}</Callout>
        </Show>
        <Show when={summary.latest}>
          {(s) => (
            <div class="fs-stack">
              <p class="fs-muted">
                {i18n.t("stats.period", { from: i18n.formatDate(s().from), to: i18n.formatDate(s().to) })}
              </p>
              <StatTiles summary={s()} />
              <Show when={s().otherCurrencies > 0}>
                <Callout tone="info">
                  {i18n.t("stats.otherCurrencies", { count: s().otherCurrencies })}
                </Callout>
              </Show>
              <Card title={i18n.t("stats.lostByReason")}>
                <Table
                  caption={i18n.t("stats.lostByReason")}
                  rows={s().lostByReason}
                  rowKey={(r) => r.reason}
                  empty={<p class="fs-muted">{i18n.t("stats.noLost")}</p>}
                  columns={[
                    { id: "reason", header: i18n.t("stats.reason"), cell: (r) => reasonLabel(r.reason) },
                    {
                      id: "count",
                      header: i18n.t("stats.count"),
                      align: "end",
                      cell: (r) => i18n.formatNumber(r.count),
                    },
                  ]}
                />
              </Card>
            </div>
          )}
        </Show>
      </div>
    </I18nProvider>
  );
}

function StatTiles(props: { summary: Summary }): JSX.Element {
  const s = () => props.summary;
  const money = (minor: number | null) =>
    minor === null ? "—" : i18n.formatMoney({ amountMinor: minor, currency: s().currency });
  const healthOf = (key: string | undefined) => {
    const status = readingsOf(s()).find((r) => r.key === key)?.status;
    return status ? { status: pillOf(status), text: i18n.t(`health.${status}`) } : undefined;
  };
  const tiles = (): { key: string; label: string; value: string; hint?: string; health?: string }[] => [
    {
      key: "winRate",
      label: i18n.t("stats.winRate"),
      value: percent(s().winRate),
      hint: i18n.t("stats.wonLost", { won: s().won, lost: s().lost }),
      health: "winRate",
    },
    { key: "leadToPaid", label: i18n.t("stats.leadToPaid"), value: percent(s().leadToPaid) },
    {
      key: "cycle",
      label: i18n.t("stats.cycle"),
      value: s().cycleDays ? i18n.t("stats.days", { days: s().cycleDays?.average ?? 0 }) : "—",
      ...(s().cycleDays ? { hint: i18n.t("stats.median", { days: s().cycleDays?.median ?? 0 }) } : {}),
    },
    {
      key: "averageFirstOrder",
      label: i18n.t("stats.averageFirstOrder"),
      value: money(s().averageFirstOrderMinor),
    },
    {
      key: "coverage",
      label: i18n.t("stats.coverage"),
      value: s().weightedCoverage === null ? i18n.t("stats.noTarget") : percent(s().weightedCoverage),
      hint: i18n.t("stats.weightedPipeline", { sum: money(s().weightedPipelineMinor) }),
      health: "coverage",
    },
    { key: "rotting", label: i18n.t("stats.rotting"), value: percent(s().rottingShare), health: "rotting" },
    {
      key: "withoutNextStep",
      label: i18n.t("stats.withoutNextStep"),
      value: percent(s().withoutNextStepShare),
      health: "withoutNextStep",
    },
    { key: "won", label: i18n.t("stats.wonAmount"), value: money(s().wonAmountMinor) },
  ];
  return (
    <div class="fs-tiles">
      <For each={tiles()}>
        {(tile) => (
          <StatTile
            name={tile.key}
            label={tile.label}
            value={tile.value}
            hint={tile.hint}
            status={healthOf(tile.health)}
          />
        )}
      </For>
    </div>
  );
}

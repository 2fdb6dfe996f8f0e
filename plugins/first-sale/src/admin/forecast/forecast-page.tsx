import { Callout, Card, I18nProvider, StatTile, Table } from "@quartet/ui";
import { createResource, createSignal, For, type JSX, Show } from "solid-js";
import { type FirstSaleOutputs, useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { intlLocale } from "../shared/locale.ts";
import { createNames } from "../shared/names.ts";
import { PipelineFilter } from "../shared/pipeline-filter.tsx";
import { SubNav } from "../shared/sub-nav.tsx";
import { BarChart } from "./bar-chart.tsx";
import { currenciesOf, inCurrency, monthLabel } from "./forecast-rows.ts";
import "../shared/shared.css";

type Forecast = FirstSaleOutputs["stats"]["forecast"];
type Row = {
  key: string;
  label: string;
  count: number;
  amountMinor: number;
  weightedMinor: number;
  note?: string;
};

/**
 * `/deals/forecast`: the weighted pipeline (each open deal's amount × its stage's probability) by
 * expected month — late deals count in this month — and by hunter, as bars and as a table.
 */
export default function ForecastPage(): JSX.Element {
  const api = useFirstSaleApi();
  const [pipelineId, setPipelineId] = createSignal("");
  const [forecast] = createResource(
    () => ({ pipelineId: pipelineId() }),
    (input) => api.stats.forecast.query(input.pipelineId ? input : {}),
  );
  const names = createNames(() => []);
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container">
        <h1>{i18n.t("forecast.title")}</h1>
        <SubNav />
        <p class="fs-muted">{i18n.t("forecast.explain")}</p>
        <div class="fs-toolbar">
          <PipelineFilter value={pipelineId()} onChange={setPipelineId} />
        </div>
        <Show when={forecast.error}>
          <Callout tone="danger">{i18n.t("forecast.loadFailed")}</Callout>
        </Show>
        <Show when={forecast.latest}>
          {(f) => (
            <Show when={f().total.length > 0} fallback={<Card>{i18n.t("forecast.empty")}</Card>}>
              <For each={currenciesOf(f().total)}>
                {(currency) => (
                  <CurrencyForecast forecast={f()} currency={currency} hunterName={names.member} />
                )}
              </For>
            </Show>
          )}
        </Show>
      </div>
    </I18nProvider>
  );
}

function CurrencyForecast(props: {
  forecast: Forecast;
  currency: string;
  hunterName: (id: string | null) => string;
}): JSX.Element {
  const money = (amountMinor: number) => i18n.formatMoney({ amountMinor, currency: props.currency });
  const months = (): Row[] =>
    inCurrency(props.forecast.byMonth, props.currency).map((m) => ({
      ...m,
      key: m.month ?? "none",
      label: monthLabel(m.month, intlLocale(), i18n.t("forecast.noDate")),
      ...(m.overdue ? { note: i18n.t("forecast.overdue", { count: m.overdue }) } : {}),
    }));
  const hunters = (): Row[] =>
    inCurrency(props.forecast.byHunter, props.currency).map((h) => ({
      ...h,
      key: h.hunterId ?? "none",
      label: props.hunterName(h.hunterId) || i18n.t("forecast.noHunter"),
    }));
  const total = () => inCurrency(props.forecast.total, props.currency)[0];
  const bars = (rows: Row[]) =>
    rows.map((r) => ({
      key: r.key,
      label: r.label,
      value: r.weightedMinor,
      valueText: money(r.weightedMinor),
      note: r.note,
    }));
  const table = (caption: string, first: string, rows: Row[]) => (
    <Table
      caption={caption}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { id: "label", header: first, cell: (r) => (r.note ? `${r.label} (${r.note})` : r.label) },
        {
          id: "count",
          header: i18n.t("forecast.deals"),
          align: "end",
          cell: (r) => i18n.formatNumber(r.count),
        },
        { id: "amount", header: i18n.t("forecast.amount"), align: "end", cell: (r) => money(r.amountMinor) },
        {
          id: "weighted",
          header: i18n.t("forecast.weighted"),
          align: "end",
          cell: (r) => money(r.weightedMinor),
        },
      ]}
    />
  );
  return (
    <section class="fs-stack fs-forecast" aria-label={props.currency}>
      <Show when={total()}>
        {(t) => (
          <div class="fs-tiles">
            <StatTile label={i18n.t("forecast.weightedTotal")} value={money(t().weightedMinor)} />
            <StatTile label={i18n.t("forecast.pipelineTotal")} value={money(t().amountMinor)} />
            <StatTile label={i18n.t("forecast.openDeals")} value={i18n.formatNumber(t().count)} />
          </div>
        )}
      </Show>
      <div class="fs-grid">
        <Card title={i18n.t("forecast.byMonth")}>
          <BarChart label={i18n.t("forecast.byMonthChart")} bars={bars(months())} />
          {table(i18n.t("forecast.byMonth"), i18n.t("forecast.month"), months())}
        </Card>
        <Card title={i18n.t("forecast.byHunter")}>
          <BarChart label={i18n.t("forecast.byHunterChart")} bars={bars(hunters())} />
          {table(i18n.t("forecast.byHunter"), i18n.t("forecast.hunter"), hunters())}
        </Card>
      </div>
    </section>
  );
}

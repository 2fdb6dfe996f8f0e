import { Table, type TableColumn } from "@quartet/ui";
import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { HomeCard } from "./home-card.tsx";
import type { HomeData } from "./home-types.ts";
import type { HomeQuery } from "./use-home.ts";
import { wholeMoney } from "./whole-money.ts";

type Totals = { count: number; amountMinor: number; weightedMinor: number; currency: string };
type Row = { key: string; label: string; href: string | null; totals: Totals | null };

/** The table's rows: each function with a pipeline (linking its board), then all of them together. */
function rowsOf(data: HomeData, name: (fn: string) => string, total: string): Row[] {
  return [
    ...data.pipeline.functions.map((f) => ({
      key: f.plugin,
      label: name(f.function),
      href: f.totals?.href ?? null,
      totals: f.totals,
    })),
    { key: "total", label: total, href: null, totals: data.pipeline.total },
  ];
}

/** Open deals per function that keeps a pipeline — count, sum, weighted sum, a link to its board — and their total. */
export function PipelineCard(props: { query: HomeQuery }): JSX.Element {
  const i18n = useT();
  const figure = (row: Row, pick: (t: Totals) => string) =>
    row.totals ? pick(row.totals) : i18n.t("home.pipeline.unknown");
  const money = (t: Totals, amountMinor: number) => wholeMoney(i18n, amountMinor, t.currency);
  const columns = (): TableColumn<Row>[] => [
    {
      id: "function",
      header: i18n.t("home.pipeline.function"),
      cell: (row) => (
        <Show when={row.href} fallback={<span class="home-person">{row.label}</span>}>
          {(href) => (
            <A href={href()} title={i18n.t("home.pipeline.board")}>
              {row.label}
            </A>
          )}
        </Show>
      ),
    },
    {
      id: "count",
      header: i18n.t("home.pipeline.count"),
      align: "end",
      cell: (row) => figure(row, (t) => i18n.formatNumber(t.count)),
    },
    {
      id: "sum",
      header: i18n.t("home.pipeline.sum"),
      align: "end",
      class: "q-hide-narrow",
      cell: (row) => figure(row, (t) => money(t, t.amountMinor)),
    },
    {
      id: "weighted",
      header: i18n.t("home.pipeline.weighted"),
      align: "end",
      cell: (row) => figure(row, (t) => money(t, t.weightedMinor)),
    },
  ];
  return (
    <HomeCard
      query={props.query}
      title={i18n.t("home.pipeline.title")}
      description={i18n.t("home.pipeline.description")}
      class="home-pipeline"
      padding="flush"
    >
      {(data) => (
        <Show
          when={data.pipeline.functions.length > 0}
          fallback={<p class="q-muted home-card__note">{i18n.t("home.pipeline.empty")}</p>}
        >
          <Table
            caption={i18n.t("home.pipeline.title")}
            columns={columns()}
            rows={rowsOf(data, (fn) => i18n.t(`functions.${fn as "vip"}`), i18n.t("home.pipeline.total"))}
            rowKey={(row) => row.key}
          />
        </Show>
      )}
    </HomeCard>
  );
}

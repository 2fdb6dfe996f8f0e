import { Card, Table, type TableColumn } from "@quartet/ui";
import type { JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { money } from "../shared/words.ts";
import { quarterLabel } from "./period-labels.ts";
import type { Summary } from "./types.ts";

type Cohort = Summary["cohorts"][number];

/**
 * Cohorts by quarter of first payment as a stair-step table: each cohort's revenue in its own
 * quarter and the ones since, shaded by its share of the cohort's first quarter.
 */
export function CohortsTable(props: { summary: Summary }): JSX.Element {
  const width = () => Math.max(0, ...props.summary.cohorts.map((c) => c.revenueMinor.length));
  const shade = (cohort: Cohort, value: number) => {
    const first = cohort.revenueMinor[0] ?? 0;
    const share = first > 0 ? Math.min(1, value / first) : 0;
    return `color-mix(in srgb, var(--q-fn-farming) ${Math.round(share * 35)}%, transparent)`;
  };
  const columns = (): TableColumn<Cohort>[] => [
    { id: "cohort", header: i18n.t("stats.cohort"), cell: (c) => <strong>{quarterLabel(c.cohort)}</strong> },
    {
      id: "clients",
      header: i18n.t("stats.cohortClients"),
      align: "end",
      cell: (c) => i18n.formatNumber(c.clients),
    },
    ...Array.from({ length: width() }, (_, n) => ({
      id: `q${n}`,
      header: i18n.t("stats.quarterSince", { n }),
      align: "end" as const,
      cell: (c: Cohort) => {
        const value = c.revenueMinor[n];
        if (value === undefined) return null;
        if (c.clients === 0 && value === 0) return i18n.t("none");
        return (
          <span class="fm-cohort-cell" style={{ background: shade(c, value) }}>
            {money(value, props.summary.currency)}
          </span>
        );
      },
    })),
  ];
  return (
    <Card title={i18n.t("stats.cohorts")} description={i18n.t("stats.cohortsHint")} padding="flush">
      <div class="fm-compact">
        <Table
          caption={i18n.t("stats.cohorts")}
          columns={columns()}
          rows={props.summary.cohorts}
          rowKey={(c) => c.cohort}
        />
      </div>
    </Card>
  );
}

import { Card, Table } from "@quartet/ui";
import { A } from "@solidjs/router";
import type { JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { usePastReports } from "./queries.ts";
import type { PastReport } from "./types.ts";

/** The organisation's past reports, newest first: when, the weakest leg with its score, whether sent. */
export function PastReports(): JSX.Element {
  const i18n = useT();
  const reports = usePastReports();
  const weakestScore = (row: PastReport) => row.scores.find((s) => s.function === row.weakest)?.score ?? 0;
  return (
    <Card title={i18n.t("diagnostic.list.title")} padding="flush">
      <Table
        caption={i18n.t("diagnostic.list.title")}
        rows={reports.data ?? []}
        rowKey={(row) => row.id}
        empty={<p class="q-muted diag-empty">{i18n.t("diagnostic.list.empty")}</p>}
        columns={[
          {
            id: "date",
            header: i18n.t("diagnostic.list.date"),
            cell: (row) => <A href={`/diagnostic/${row.id}`}>{i18n.formatDateTime(row.createdAt)}</A>,
          },
          {
            id: "weakest",
            header: i18n.t("diagnostic.list.weakest"),
            cell: (row) =>
              `${i18n.tDynamic(`functions.${row.weakest}`)} · ${i18n.t("diagnostic.report.score", { score: weakestScore(row) })}`,
          },
          {
            id: "sent",
            header: i18n.t("diagnostic.list.sent"),
            cell: (row) => (row.sentAt ? i18n.formatDateTime(row.sentAt) : i18n.t("diagnostic.list.notSent")),
          },
        ]}
      />
    </Card>
  );
}

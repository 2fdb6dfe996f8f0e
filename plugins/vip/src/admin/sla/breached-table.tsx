import { Card, EmptyState, Table, type TableColumn } from "@quartet/ui";
import { useNavigate } from "@solidjs/router";
import type { JSX } from "solid-js";
import type { VipOutputs } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { dateTime, duration } from "../shared/words.ts";

type Breached = VipOutputs["sla"]["report"]["breachedItems"][number];

/** A cell's value with its column's name before it, shown only where the table stacks on a phone. */
const labelled = (key: "sla.started" | "sla.due" | "sla.late", value: string) => (
  <>
    <span class="vip-cell-label">{i18n.t(key)}: </span>
    {value}
  </>
);

/** The breached requests of the period, newest first: client, tier, kind, when it came, when it was due, how late. */
export function BreachedTable(props: {
  items: readonly Breached[];
  clientName: (clientId: string) => string;
  tierLabel: (tierKey: string | null) => string;
}): JSX.Element {
  const navigate = useNavigate();
  const columns: TableColumn<Breached>[] = [
    {
      id: "client",
      header: i18n.t("sla.client"),
      cell: (row) => <strong>{props.clientName(row.clientId)}</strong>,
    },
    { id: "tier", header: i18n.t("sla.tier"), cell: (row) => props.tierLabel(row.tierKey) },
    { id: "source", header: i18n.t("sla.source"), cell: (row) => i18n.t(`sla.sources.${row.source}`) },
    {
      id: "started",
      header: i18n.t("sla.started"),
      cell: (row) => labelled("sla.started", dateTime(row.startedAt)),
    },
    { id: "due", header: i18n.t("sla.due"), cell: (row) => labelled("sla.due", dateTime(row.dueAt)) },
    {
      id: "late",
      header: i18n.t("sla.late"),
      align: "end",
      cell: (row) => <span class="vip-bad">{labelled("sla.late", duration(row.overdueMinutes))}</span>,
    },
  ];
  return (
    <Card title={i18n.t("sla.breachedItems")}>
      <div class="vip-scroll vip-stack-table">
        <Table
          caption={i18n.t("sla.breachedItems")}
          columns={columns}
          rows={props.items}
          rowKey={(row) => row.requestId}
          onRowActivate={(row) => navigate(`/clients/${row.clientId}`)}
          empty={<EmptyState title={i18n.t("sla.empty")} />}
        />
      </div>
    </Card>
  );
}

import { Badge, Table, type TableColumn } from "@quartet/ui";
import { A, useNavigate } from "@solidjs/router";
import { For, type JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import type { OutputOf } from "../../lib/api-types.ts";
import type { QuartetClient } from "../../lib/trpc.ts";

/** One row of `core.clients.list`. */
export type ClientRow = OutputOf<QuartetClient["core"]["clients"]["list"]>["items"][number];

/** The badge colour of each lifecycle stage. */
export const stageTone = {
  prospect: "prospecting",
  lead: "info",
  negotiation: "first-sale",
  customer: "success",
} as const;

/** The rows of the client list: name and kind, INN, stage, where, tags and when it last changed. */
export function ClientsTable(props: { rows: readonly ClientRow[]; empty: JSX.Element }): JSX.Element {
  const i18n = useT();
  const navigate = useNavigate();
  const columns = (): TableColumn<ClientRow>[] => [
    {
      id: "name",
      header: i18n.t("clients.name"),
      cell: (row) => (
        <span class="clients__name">
          <A href={`/clients/${row.id}`} onClick={(event) => event.stopPropagation()}>
            {row.name}
          </A>
          <span class="q-subtle">{i18n.t(row.kind === "person" ? "clients.person" : "clients.company")}</span>
        </span>
      ),
    },
    { id: "inn", header: i18n.t("clients.inn"), cell: (row) => <code>{row.inn ?? "—"}</code> },
    {
      id: "stage",
      header: i18n.t("clients.stage"),
      cell: (row) => <Badge tone={stageTone[row.stage]}>{i18n.t(`clientStage.${row.stage}`)}</Badge>,
    },
    {
      id: "location",
      header: i18n.t("clients.location"),
      cell: (row) => [row.region, row.city].filter(Boolean).join(", ") || "—",
    },
    {
      id: "tags",
      header: i18n.t("clients.tags"),
      cell: (row) => (
        <span class="clients__tags">
          <For each={row.tags}>{(tag) => <Badge>{tag}</Badge>}</For>
        </span>
      ),
    },
    {
      id: "updated",
      header: i18n.t("clients.updated"),
      align: "end",
      cell: (row) => i18n.formatDate(row.updatedAt),
    },
  ];
  return (
    <Table
      caption={i18n.t("clients.title")}
      columns={columns()}
      rows={props.rows}
      rowKey={(row) => row.id}
      onRowActivate={(row) => navigate(`/clients/${row.id}`)}
      empty={props.empty}
    />
  );
}

import { Card, Table } from "@quartet/ui";
import type { JSX } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { money, percent } from "../shared/words.ts";
import type { FarmersData } from "./types.ts";

type Farmer = FarmersData["items"][number];

/** The farmers side by side for a head of sales; a row shows that farmer's clients below. */
export function FarmersCard(props: { data: FarmersData; onPick: (farmerId: string) => void }): JSX.Element {
  const name = (f: Farmer) => f.name ?? i18n.t("noFarmer");
  const count = (n: number) => i18n.formatNumber(n);
  return (
    <Card title={i18n.t("farmers.title")} padding="flush" class="fm-compact">
      <Table
        caption={i18n.t("farmers.caption")}
        rows={props.data.items}
        rowKey={(f) => f.farmerId ?? "unassigned"}
        onRowActivate={(f) => props.onPick(f.farmerId ?? "unassigned")}
        columns={[
          {
            id: "name",
            header: i18n.t("farmers.name"),
            cell: (f) => <strong class="fm-nowrap">{name(f)}</strong>,
          },
          { id: "clients", header: i18n.t("farmers.clients"), align: "end", cell: (f) => count(f.clients) },
          {
            id: "revenue",
            class: "q-hide-narrow",
            header: i18n.t("farmers.revenue"),
            align: "end",
            cell: (f) => money(f.revenue12mMinor, props.data.currency),
          },
          { id: "overdue", header: i18n.t("farmers.overdue"), align: "end", cell: (f) => count(f.overdue) },
          {
            id: "late",
            header: i18n.t("farmers.late"),
            align: "end",
            class: "q-hide-narrow",
            cell: (f) => count(f.late),
          },
          { id: "atRisk", header: i18n.t("farmers.atRisk"), align: "end", cell: (f) => count(f.atRisk) },
          {
            id: "cadence",
            header: i18n.t("farmers.withinCadence"),
            align: "end",
            cell: (f) => percent(f.withinCadenceShare),
          },
        ]}
      />
    </Card>
  );
}

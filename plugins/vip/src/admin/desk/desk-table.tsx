import { Badge, Table, type TableColumn } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import type { DeskItem } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { date, dateTime, money } from "../shared/words.ts";

const arrows = { up: "↑", down: "↓", flat: "→" } as const;
const slaTone = { breached: "vip-bad", running: "vip-warn", ok: "vip-hint" } as const;

/**
 * The desk's list: client, tier with a grace warning, manager, revenue with its trend, the reply
 * clock and the next review. Rows take arrows and Enter; Enter opens the client.
 */
export function DeskTable(props: {
  items: readonly DeskItem[];
  managerName: (userId: string | null) => string;
  onOpen: (item: DeskItem) => void;
  empty: JSX.Element;
}): JSX.Element {
  const columns: TableColumn<DeskItem>[] = [
    {
      id: "client",
      header: i18n.t("desk.client"),
      cell: (row) => (
        <span class="vip-cell-stack">
          <strong>{row.name}</strong>
          <span class="vip-hint">
            {row.managerId ? props.managerName(row.managerId) : i18n.t("desk.noManager")}
          </span>
        </span>
      ),
    },
    {
      id: "tier",
      header: i18n.t("desk.tier"),
      cell: (row) => (
        <span class="vip-cell-stack" data-tier={row.tier?.key}>
          <span>
            <Badge tone="vip">{row.tier ? i18n.localized(row.tier.name) : i18n.t("none")}</Badge>
          </span>
          <Show when={row.grace}>
            {(g) => <span class="vip-warn">{i18n.t("desk.graceUntil", { date: date(g().demoteOn) })}</span>}
          </Show>
        </span>
      ),
    },
    {
      id: "revenue",
      header: i18n.t("desk.revenue"),
      align: "end",
      cell: (row) => (
        <span class="vip-cell-stack" data-trend={row.revenueTrend}>
          <span>
            <span class="vip-cell-label">{i18n.t("desk.revenue")}: </span>
            {money(row.revenue12m.amountMinor, row.revenue12m.currency)}
          </span>
          <span class={row.revenueTrend === "down" ? "vip-bad" : "vip-hint"}>
            {arrows[row.revenueTrend]} {i18n.t(`trend.${row.revenueTrend}`)}
          </span>
        </span>
      ),
    },
    {
      id: "sla",
      header: i18n.t("desk.sla"),
      cell: (row) => (
        <span class="vip-cell-stack" data-sla={row.sla.state}>
          <span class={slaTone[row.sla.state]}>{i18n.t(`slaState.${row.sla.state}`)}</span>
          <Show when={row.sla.nextDueAt}>
            {(due) => <span class="vip-hint">{i18n.t("desk.replyBy", { time: dateTime(due()) })}</span>}
          </Show>
        </span>
      ),
    },
    {
      id: "review",
      header: i18n.t("desk.review"),
      cell: (row) => (
        <span class={row.reviewDue ? "vip-warn" : undefined}>
          <span class="vip-cell-label">{i18n.t("desk.review")}: </span>
          {date(row.nextReviewOn)}
          {row.reviewDue ? ` · ${i18n.t("desk.due")}` : ""}
        </span>
      ),
    },
  ];
  return (
    <div class="vip-scroll vip-stack-table">
      <Table
        caption={i18n.t("desk.caption")}
        columns={columns}
        rows={props.items}
        rowKey={(row) => row.clientId}
        onRowActivate={props.onOpen}
        empty={props.empty}
      />
    </div>
  );
}

import { Checkbox, Table, type TableColumn } from "@quartet/ui";
import { A } from "@solidjs/router";
import { type JSX, Show } from "solid-js";
import { i18n } from "../i18n/index.ts";
import { HealthPill } from "../shared/health-pill.tsx";
import { date, days, money } from "../shared/words.ts";
import type { PortfolioPage, PortfolioRow } from "./types.ts";

/**
 * The clients of a portfolio: class, revenue, health, next purchase (and how late), the date to
 * contact by (marked when overdue) and the farmer; a checkbox a row for moving them when allowed.
 */
export function PortfolioTable(props: {
  page: PortfolioPage;
  farmerName: (farmerId: string | null) => string;
  selectable: boolean;
  /** Shows the farmer column (a head of sales with more than one farmer). */
  showFarmer: boolean;
  selected: ReadonlySet<string>;
  onSelect: (clientId: string, on: boolean) => void;
  onOpen: (row: PortfolioRow) => void;
}): JSX.Element {
  const classes = (r: PortfolioRow) => {
    const abcXyz = [r.abc, r.xyz].filter(Boolean).join("");
    return abcXyz ? i18n.t("portfolio.classOf", { classes: abcXyz }) : "";
  };
  // On a phone the secondary columns drop out and their facts ride under the client's name.
  const narrowFacts = (r: PortfolioRow) =>
    [
      money(r.revenue12mMinor, props.page.currency),
      r.lateDays ? i18n.t("portfolio.late", { days: days(r.lateDays) }) : "",
      r.overdue ? i18n.t("portfolio.contactOverdue") : "",
    ]
      .filter(Boolean)
      .join(" · ");
  const columns = (): TableColumn<PortfolioRow>[] => [
    ...(props.selectable
      ? [
          {
            id: "select",
            header: i18n.t("portfolio.selectAll"),
            headerHidden: true,
            width: "44px",
            cell: (r: PortfolioRow) => (
              // biome-ignore lint/a11y/noStaticElementInteractions: keeps the row from opening the client
              <span
                onClick={(event) => event.stopPropagation()}
                onKeyDown={(event) => event.stopPropagation()}
              >
                <Checkbox
                  label={
                    <span class="q-visually-hidden">
                      {i18n.t("portfolio.select", { name: r.clientName })}
                    </span>
                  }
                  checked={props.selected.has(r.clientId)}
                  onChange={(on) => props.onSelect(r.clientId, on)}
                />
              </span>
            ),
          },
        ]
      : []),
    {
      id: "client",
      header: i18n.t("portfolio.columns.client"),
      cell: (r) => (
        <div class="fm-cell-stack">
          <A class="fm-nowrap" href={`/clients/${r.clientId}`} onClick={(event) => event.stopPropagation()}>
            {r.clientName}
          </A>
          <span class="fm-hint">{[classes(r), r.industry].filter(Boolean).join(" · ")}</span>
          <span class="fm-hint q-show-narrow">{narrowFacts(r)}</span>
        </div>
      ),
    },
    {
      id: "revenue",
      class: "q-hide-narrow",
      header: i18n.t("portfolio.columns.revenue"),
      align: "end",
      cell: (r) => money(r.revenue12mMinor, props.page.currency),
    },
    {
      id: "health",
      header: i18n.t("portfolio.columns.health"),
      cell: (r) => <HealthPill status={r.healthStatus} score={r.healthScore} compact />,
    },
    {
      id: "purchase",
      class: "q-hide-narrow",
      header: i18n.t("portfolio.columns.nextPurchase"),
      cell: (r) => (
        <div class="fm-cell-stack">
          <span>{date(r.expectedOn)}</span>
          <Show when={r.lateDays}>
            {(late) => (
              <span class="fm-late fm-nowrap">{i18n.t("portfolio.late", { days: days(late()) })}</span>
            )}
          </Show>
        </div>
      ),
    },
    {
      id: "contact",
      class: "q-hide-narrow",
      header: i18n.t("portfolio.columns.contactDue"),
      cell: (r) => (
        <div class="fm-cell-stack">
          <span>{date(r.contactDueOn)}</span>
          <Show when={r.overdue}>
            <span class="fm-late fm-nowrap">{i18n.t("portfolio.overdue")}</span>
          </Show>
        </div>
      ),
    },
    ...(props.showFarmer
      ? [
          {
            id: "farmer",
            class: "q-hide-narrow",
            header: i18n.t("portfolio.columns.farmer"),
            cell: (r: PortfolioRow) => props.farmerName(r.farmerId),
          },
        ]
      : []),
  ];
  return (
    <div class="fm-compact">
      <Table
        caption={i18n.t("portfolio.caption")}
        rows={props.page.items}
        rowKey={(r) => r.clientId}
        onRowActivate={props.onOpen}
        columns={columns()}
        empty={<p class="fm-empty">{i18n.t("portfolio.empty")}</p>}
      />
    </div>
  );
}

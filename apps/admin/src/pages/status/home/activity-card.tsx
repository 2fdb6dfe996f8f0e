import { Table, type TableColumn } from "@quartet/ui";
import type { JSX } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { HomeCard } from "./home-card.tsx";
import type { HomeData } from "./home-types.ts";
import type { HomeQuery } from "./use-home.ts";

type Row = HomeData["activity"]["people"][number];
type Count = "calls" | "conversations" | "dealsMoved" | "orders" | "clientsContacted";

const counts: readonly Count[] = ["calls", "conversations", "dealsMoved", "orders", "clientsContacted"];
/** Columns a phone drops first: the table keeps the person, calls, deal moves and orders. */
const narrow: ReadonlySet<Count> = new Set(["conversations", "clientsContacted"]);

/**
 * This week's activity per person — calls, meetings and messages, deals moved, orders, clients
 * contacted — busiest first, with a line for everyone and what each column counts under the table.
 */
export function ActivityCard(props: { query: HomeQuery }): JSX.Element {
  const i18n = useT();
  const day = (date: string) => i18n.formatDate(date, { day: "numeric", month: "long" });
  const columns = (): TableColumn<Row>[] => [
    {
      id: "name",
      header: i18n.t("home.activity.person"),
      cell: (row) => <span class="home-person">{row.name}</span>,
    },
    ...counts.map(
      (key): TableColumn<Row> => ({
        id: key,
        header: i18n.t(`home.activity.${key}`),
        align: "end",
        class: narrow.has(key) ? "q-hide-narrow" : undefined,
        cell: (row) => <span data-count={key}>{i18n.formatNumber(row[key])}</span>,
      }),
    ),
  ];
  return (
    <HomeCard
      query={props.query}
      title={i18n.t("home.activity.title")}
      description={
        props.query.data
          ? i18n.t("home.activity.description", {
              from: day(props.query.data.activity.week.firstDay),
              to: day(props.query.data.activity.week.lastDay),
            })
          : undefined
      }
      class="home-activity"
      padding="flush"
    >
      {(data) => (
        <>
          <Table
            caption={i18n.t("home.activity.title")}
            columns={columns()}
            rows={[
              ...data.activity.people,
              { userId: "", name: i18n.t("home.activity.total"), ...data.activity.total },
            ]}
            rowKey={(row) => row.userId || "total"}
            empty={<p class="q-muted home-card__note">{i18n.t("home.activity.empty")}</p>}
          />
          <p class="q-muted home-card__note home-activity__explain">{i18n.t("home.activity.explain")}</p>
        </>
      )}
    </HomeCard>
  );
}

import { Card, EmptyState, I18nProvider, Loaded, PageHeader, Table, type TableColumn } from "@quartet/ui";
import { A } from "@solidjs/router";
import { createResource, type JSX, Show } from "solid-js";
import { type ReferralsOutputs, useReferralsApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { day, sums } from "../shared/words.ts";

type Row = ReferralsOutputs["list"]["items"][number];

/** The table's columns, headers in the viewer's language (read inside the page, so they follow a switch). */
const columns = (): readonly TableColumn<Row>[] => [
  {
    id: "client",
    header: i18n.t("page.client"),
    cell: (r) => <A href={`/clients/${r.client.id}`}>{r.client.name}</A>,
  },
  {
    id: "referrer",
    header: i18n.t("page.referrer"),
    cell: (r) => <A href={`/clients/${r.referrer.id}`}>{r.referrer.name}</A>,
  },
  { id: "since", header: i18n.t("page.since"), cell: (r) => day(r.since), class: "q-hide-narrow" },
  { id: "reward", header: i18n.t("page.reward"), align: "end", cell: (r) => sums(r.rewards) || "—" },
];

/** The referrals page: every referral, newest first, with the rewards due and their total. */
export default function ReferralsPage(): JSX.Element {
  const api = useReferralsApi();
  const [list, { refetch }] = createResource(() => api.list.query({ limit: 100 }));
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container">
        <PageHeader title={i18n.t("page.title")} subtitle={i18n.t("page.subtitle")} />
        <Loaded resource={list} onRetry={() => void refetch()}>
          {(data) => (
            <Show
              when={data().items.length > 0}
              fallback={<EmptyState title={i18n.t("page.empty")} description={i18n.t("page.emptyHint")} />}
            >
              <Card title={i18n.t("page.total", { sum: sums(data().total) })} padding="flush">
                <Table
                  caption={i18n.t("page.caption")}
                  columns={columns()}
                  rows={data().items}
                  rowKey={(r) => r.id}
                />
              </Card>
            </Show>
          )}
        </Loaded>
      </div>
    </I18nProvider>
  );
}

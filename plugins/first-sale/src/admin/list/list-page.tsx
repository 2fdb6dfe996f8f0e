import { Button, Callout, EmptyState, I18nProvider, Table, type TableColumn } from "@quartet/ui";
import { A, useNavigate, useSearchParams } from "@solidjs/router";
import { createMemo, createResource, createSignal, type JSX, Show } from "solid-js";
import { type FirstSaleOutputs, useFirstSaleApi } from "../api.ts";
import { boardHref, closedOfQuery } from "../board/board-query.ts";
import { countOf, plainSums, weightedSums } from "../board/column-head.tsx";
import { i18n } from "../i18n/index.ts";
import { DealMarks, StatusBadge } from "../shared/deal-marks.tsx";
import { createNames } from "../shared/names.ts";
import { SubNav } from "../shared/sub-nav.tsx";
import { ListFilterBar } from "./list-filters.tsx";
import {
  type ListFilters,
  type ListQuery,
  listFiltersOf,
  listQueryOf,
  pageCount,
  pageInput,
  sameFilters,
  sortOfQuery,
} from "./list-query.ts";
import "../shared/shared.css";

type Row = FirstSaleOutputs["deals"]["page"]["items"][number];

const pageSize = 25;

/**
 * `/deals/list`: every deal the user sees, filtered and sorted by the address (as the board's
 * "open as a list" link writes it, and as the list writes back each change, so a copied link opens
 * the same list), a page at a time (`deals.page`), with the count and sums of all matching deals;
 * a row opens the deal. The board link in the views keeps the shared filters.
 */
export default function ListPage(): JSX.Element {
  const api = useFirstSaleApi();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams<ListQuery>();
  const filters = createMemo(() => listFiltersOf(params), undefined, { equals: sameFilters });
  const sort = createMemo(() => sortOfQuery(params));
  const [pageNumber, setPageNumber] = createSignal(1);
  const toBoard = () => boardHref(filters().pipelineId || undefined, filters(), closedOfQuery(params));
  const [pipelines] = createResource(() => api.pipelines.list.query());
  const [page] = createResource(
    () => pageInput(filters(), sort(), pageNumber(), pageSize),
    (input) => api.deals.page.query(input),
  );
  const names = createNames(() => page.latest?.items.map((d) => d.clientId) ?? []);
  const pages = () => pageCount(page.latest?.total ?? 0, pageSize);
  const filter = (next: ListFilters) => {
    // The selects report their value again when their options are rebuilt: only a change refetches.
    if (sameFilters(next, filters())) return;
    // Typing a search replaces the address rather than stacking a history entry per letter.
    setParams(listQueryOf(next, sort()), { replace: next.search !== filters().search });
    setPageNumber(1);
  };
  const columns: TableColumn<Row>[] = [
    {
      id: "title",
      header: i18n.t("list.columns.deal"),
      cell: (d) => (
        <A href={`/deals/${d.id}`} onClick={(event) => event.stopPropagation()}>
          {d.title}
        </A>
      ),
    },
    { id: "client", header: i18n.t("list.columns.client"), cell: (d) => names.client(d.clientId) },
    { id: "stage", header: i18n.t("list.columns.stage"), cell: (d) => d.stageName },
    { id: "hunter", header: i18n.t("list.columns.hunter"), cell: (d) => names.member(d.hunterId) || "—" },
    {
      id: "amount",
      header: i18n.t("list.columns.amount"),
      align: "end",
      cell: (d) => i18n.formatMoney(d.amount),
    },
    {
      id: "close",
      header: i18n.t("list.columns.expectedClose"),
      cell: (d) => (d.expectedCloseOn ? i18n.formatDate(d.expectedCloseOn) : "—"),
    },
    {
      id: "status",
      header: i18n.t("list.columns.status"),
      cell: (d) => (
        <span class="fs-row">
          <StatusBadge status={d.status} />
          <DealMarks rotting={d.rotting} />
        </span>
      ),
    },
  ];
  return (
    <I18nProvider i18n={i18n}>
      <div class="q-container">
        <h1>{i18n.t("list.title")}</h1>
        <SubNav hrefs={{ board: toBoard() }} />
        <ListFilterBar
          filters={filters()}
          sort={sort()}
          pipelines={pipelines() ?? []}
          members={names.members()}
          onChange={filter}
          onSort={(next) => {
            setParams(listQueryOf(filters(), next));
            setPageNumber(1);
          }}
        />
        <Show when={page.latest}>
          {(data) => (
            <p class="fs-row fs-list-sums" data-list-sums>
              <strong>
                {i18n.t("list.sums", {
                  deals: i18n.t("boardView.deals", { count: countOf(data().sums) }),
                  sum: plainSums(data().sums, data().currency),
                })}
              </strong>
              <span class="fs-muted">{weightedSums(data().sums, data().currency)}</span>
            </p>
          )}
        </Show>
        <Show when={page.error}>
          <Callout tone="danger">{i18n.t("list.loadFailed")}</Callout>
        </Show>
        <Table
          caption={i18n.t("list.title")}
          columns={columns}
          rows={page.latest?.items ?? []}
          rowKey={(d) => d.id}
          onRowActivate={(d) => navigate(`/deals/${d.id}`)}
          empty={<EmptyState title={page.loading ? i18n.t("list.loading") : i18n.t("list.empty")} />}
        />
        <div class="fs-row fs-pager">
          <Button
            variant="secondary"
            size="sm"
            disabled={pageNumber() < 2}
            onClick={() => setPageNumber((n) => n - 1)}
          >
            {i18n.t("list.previous")}
          </Button>
          <span class="fs-muted">
            {i18n.t("list.page", { page: pageNumber(), pages: pages(), total: page.latest?.total ?? 0 })}
          </span>
          <Button
            variant="secondary"
            size="sm"
            disabled={pageNumber() >= pages()}
            onClick={() => setPageNumber((n) => n + 1)}
          >
            {i18n.t("list.next")}
          </Button>
        </div>
      </div>
    </I18nProvider>
  );
}

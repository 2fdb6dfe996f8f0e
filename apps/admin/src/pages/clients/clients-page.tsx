import { Button, Card, EmptyState, IconBuilding, IconPlus, Spinner } from "@quartet/ui";
import { A } from "@solidjs/router";
import { useInfiniteQuery, useQuery } from "@tanstack/solid-query";
import { createSignal, type JSX, Show } from "solid-js";
import { RequirePermission } from "../../guards/require-permission.tsx";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { orgKey } from "../../lib/org-key.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { ClientDialog } from "./client-dialog.tsx";
import { ClientFilterBar } from "./client-filter-bar.tsx";
import {
  type ClientFilters,
  clientQuery,
  clientsExportUrl,
  hasClientFilters,
  noClientFilters,
} from "./client-filters.ts";
import { ClientsTable } from "./clients-table.tsx";
import { useDebounced } from "./use-debounced.ts";
import "./clients.css";

/**
 * `/clients`: the client list, filtered, sorted and paged on the server (cursor "load more"),
 * with the exact count beside it and a CSV export of the same filters.
 */
export default function ClientsPage(): JSX.Element {
  const i18n = useT();
  const access = useAccess();
  const { trpc, org } = useApi();
  usePageTitle(() => i18n.t("clients.title"));
  const [creating, setCreating] = createSignal(false);
  const [filters, setFilters] = createSignal<ClientFilters>(noClientFilters);
  const applied = useDebounced(filters, 300);
  const query = () => clientQuery(applied(), access.userId());
  const list = useInfiniteQuery(() => ({
    queryKey: orgKey(org.id(), "clients", "list", query(), applied().sort),
    queryFn: ({ pageParam }) =>
      trpc.core.clients.list.query({ ...query(), sort: applied().sort, limit: 50, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    enabled: access.can("core.clients.read"),
    placeholderData: (previous) => previous,
  }));
  const count = useQuery(() => ({
    queryKey: orgKey(org.id(), "clients", "count", query()),
    queryFn: () => trpc.core.clients.count.query(query()),
    enabled: access.can("core.clients.read"),
  }));
  const rows = () => list.data?.pages.flatMap((page) => page.items) ?? [];
  const exportUrl = () => clientsExportUrl(query(), i18n.locale());
  return (
    <RequirePermission permission="core.clients.read">
      <div class="q-container">
        <div class="q-page-header">
          <div class="q-stack q-gap-1">
            <h1>{i18n.t("clients.title")}</h1>
            <p class="q-muted">{i18n.t("clients.subtitle")}</p>
          </div>
          <div class="clients__actions">
            <Show when={access.can("core.clients.import")}>
              <A class="q-button" data-variant="secondary" href="/clients/import">
                {i18n.t("importWizard.open")}
              </A>
            </Show>
            <Show when={access.can("core.clients.export")}>
              <a class="q-button" data-variant="secondary" href={exportUrl()} download="">
                {i18n.t("clients.export")}
              </a>
            </Show>
            <Show when={access.can("core.clients.write")}>
              <Button variant="primary" icon={<IconPlus />} onClick={() => setCreating(true)}>
                {i18n.t("clients.create")}
              </Button>
            </Show>
          </div>
        </div>
        <Card padding="flush">
          <div class="clients__section">
            <ClientFilterBar
              filters={filters()}
              onChange={setFilters}
              canFilterMine={access.userId() !== null}
            />
          </div>
          <div class="clients__count" aria-live="polite">
            {count.data === undefined
              ? i18n.t("clients.countLoading")
              : i18n.t("clients.count", { count: i18n.formatNumber(count.data.count) })}
          </div>
          <Show
            when={!list.isPending}
            fallback={
              <div class="clients__loading">
                <Spinner />
              </div>
            }
          >
            <ClientsTable
              rows={rows()}
              empty={
                <EmptyState
                  icon={<IconBuilding />}
                  title={i18n.t(hasClientFilters(applied()) ? "clients.noMatches" : "clients.empty")}
                  description={hasClientFilters(applied()) ? undefined : i18n.t("clients.emptyDescription")}
                />
              }
            />
            <Show when={list.hasNextPage}>
              <div class="clients__more">
                <Button
                  variant="secondary"
                  loading={list.isFetchingNextPage}
                  onClick={() => list.fetchNextPage()}
                >
                  {i18n.t("common.loadMore")}
                </Button>
              </div>
            </Show>
          </Show>
        </Card>
        <ClientDialog open={creating()} onOpenChange={setCreating} />
      </div>
    </RequirePermission>
  );
}

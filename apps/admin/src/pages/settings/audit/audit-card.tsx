import { Button, Card, EmptyState, IconHistory, Spinner } from "@quartet/ui";
import { useInfiniteQuery } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { ExportLink } from "../../../lib/export-link.tsx";
import { useAccess } from "../../../lib/me.ts";
import { orgKey } from "../../../lib/org-key.ts";
import { useMembers } from "../../team/queries.ts";
import { AuditEntryRow } from "./audit-entry.tsx";
import { AuditFilterBar } from "./audit-filter-bar.tsx";
import { type AuditFilters, auditQuery, noFilters } from "./audit-filters.ts";
import "./audit.css";

/** The audit log browser (`core.audit.list`): filters, newest first, "load more" by cursor, and a CSV export of the same filters. */
export function AuditCard(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const members = useMembers();
  const [filters, setFilters] = createSignal<AuditFilters>(noFilters);
  const log = useInfiniteQuery(() => ({
    queryKey: orgKey(org.id(), "audit", auditQuery(filters())),
    queryFn: ({ pageParam }) =>
      trpc.core.audit.list.query({ ...auditQuery(filters()), ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  }));
  const entries = () => log.data?.pages.flatMap((page) => page.items) ?? [];
  const memberName = (userId: string) => {
    const member = members.data?.find((m) => m.userId === userId);
    return member ? member.name || member.email : null;
  };
  const exportFilters = () => {
    const { limit: _, ...query } = auditQuery(filters());
    return query;
  };
  return (
    <Card
      title={i18n.t("settings.audit.title")}
      description={i18n.t("settings.audit.description")}
      padding="flush"
      actions={
        <Show when={access.can("core.audit.read")}>
          <ExportLink list="audit" filters={exportFilters()} label={i18n.t("settings.audit.export")} />
        </Show>
      }
    >
      <div class="card-section">
        <AuditFilterBar filters={filters()} onChange={setFilters} members={members.data ?? []} />
      </div>
      <Show
        when={!log.isPending}
        fallback={
          <div class="card-loading">
            <Spinner />
          </div>
        }
      >
        <Show
          when={entries().length > 0}
          fallback={<EmptyState icon={<IconHistory />} title={i18n.t("settings.audit.empty")} />}
        >
          <div class="audit-entry__row audit__head" aria-hidden="true">
            <span>{i18n.t("settings.audit.when")}</span>
            <span>{i18n.t("settings.audit.actor")}</span>
            <span>{i18n.t("settings.audit.what")}</span>
            <span>{i18n.t("settings.audit.entity")}</span>
          </div>
          <ol class="audit" aria-label={i18n.t("settings.audit.title")}>
            <For each={entries()}>{(entry) => <AuditEntryRow entry={entry} memberName={memberName} />}</For>
          </ol>
        </Show>
        <Show when={log.hasNextPage}>
          <div class="audit__more">
            <Button variant="secondary" loading={log.isFetchingNextPage} onClick={() => log.fetchNextPage()}>
              {i18n.t("common.loadMore")}
            </Button>
          </div>
        </Show>
      </Show>
    </Card>
  );
}

import { Callout, Card, EmptyState, IconUsers, Tabs } from "@quartet/ui";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { ExportLink } from "../../lib/export-link.tsx";
import { useAccess } from "../../lib/me.ts";
import { invalidateOrg, orgKey } from "../../lib/org-key.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { AgendaList } from "./agenda-list.tsx";
import { HandoffItem } from "./handoff-item.tsx";
import { WeekView } from "./week-view.tsx";
import "./my-work.css";

/**
 * `/my-work`: the user's tasks and the enabled plugins' dated items (prospecting's callbacks) as
 * sections — overdue, today, tomorrow, later this week — or as a week, and the handoffs waiting
 * for their decision; tasks and handoffs exportable to CSV.
 */
export default function MyWorkPage(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const queryClient = useQueryClient();
  usePageTitle(() => i18n.t("myWork.title"));
  const agenda = useQuery(() => ({
    queryKey: orgKey(org.id(), "tasks", "agenda"),
    queryFn: () => trpc.core.tasks.agenda.query({}),
    enabled: access.can("core.tasks.use"),
  }));
  const [view, setView] = createSignal("list");
  const handoffs = useQuery(() => ({
    queryKey: orgKey(org.id(), "handoffs", "pending"),
    queryFn: () => trpc.core.handoffs.pending.query(),
    enabled: access.can("core.handoffs.use"),
  }));
  const complete = async (taskId: string) => {
    await trpc.core.tasks.complete.mutate({ taskId });
    await invalidateOrg(queryClient, org.id(), "tasks");
  };
  const decided = () => invalidateOrg(queryClient, org.id(), "handoffs");
  const pending = () => [...(handoffs.data?.items ?? []), ...(handoffs.data?.unassigned ?? [])];
  return (
    <div class="q-container">
      <div class="q-page-header">
        <div class="q-stack q-gap-1">
          <h1>{i18n.t("myWork.title")}</h1>
          <p class="q-muted">{i18n.t("myWork.subtitle")}</p>
        </div>
        <Show when={access.can("core.tasks.use")}>
          <ExportLink list="tasks" filters={{ list: "mine" }} label={i18n.t("myWork.exportTasks")} />
        </Show>
      </div>
      <div class="q-stack q-gap-6">
        <Show when={access.can("core.handoffs.use")}>
          <Card
            title={i18n.t("myWork.handoffs")}
            padding="flush"
            actions={
              <ExportLink
                list="handoffs"
                filters={{ state: "requested", receiverId: access.userId() }}
                label={i18n.t("myWork.exportHandoffs")}
              />
            }
          >
            <Show
              when={pending().length > 0}
              fallback={<EmptyState icon={<IconUsers />} title={i18n.t("myWork.noHandoffs")} />}
            >
              <ul class="handoff-list" aria-label={i18n.t("myWork.handoffs")}>
                <For each={pending()}>
                  {(handoff) => (
                    <HandoffItem
                      handoff={handoff}
                      onAccept={async (handoffId) => {
                        await trpc.core.handoffs.accept.mutate({ handoffId });
                        await decided();
                      }}
                      onReject={async (handoffId, reason) => {
                        await trpc.core.handoffs.reject.mutate({ handoffId, reason });
                        await decided();
                      }}
                    />
                  )}
                </For>
              </ul>
            </Show>
          </Card>
        </Show>
        <Show when={access.can("core.tasks.use") && agenda.data}>
          {(data) => (
            <>
              <For each={data().unavailable}>
                {(source) => (
                  <Callout tone="warning">
                    {i18n.t("myWork.unavailable", { source: i18n.localized(source.name) })}
                  </Callout>
                )}
              </For>
              <Tabs
                label={i18n.t("myWork.views")}
                value={view()}
                onChange={setView}
                items={[
                  {
                    value: "list",
                    label: i18n.t("myWork.listView"),
                    content: () => (
                      <AgendaList agenda={data()} now={Date.now()} onComplete={(id) => void complete(id)} />
                    ),
                  },
                  {
                    value: "week",
                    label: i18n.t("myWork.weekView"),
                    content: () => (
                      <WeekView
                        today={data().today}
                        now={Date.now()}
                        onComplete={(id) => void complete(id)}
                      />
                    ),
                  },
                ]}
              />
            </>
          )}
        </Show>
      </div>
    </div>
  );
}

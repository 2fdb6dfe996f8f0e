import { Card, EmptyState, IconCheck, IconUsers } from "@quartet/ui";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { For, type JSX, Show } from "solid-js";
import { TaskItem, type TaskItemData } from "../../components/tasks/task-item.tsx";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { ExportLink } from "../../lib/export-link.tsx";
import { useAccess } from "../../lib/me.ts";
import { invalidateOrg, orgKey } from "../../lib/org-key.ts";
import { usePageTitle } from "../../lib/page-title.ts";
import { HandoffItem } from "./handoff-item.tsx";
import "./my-work.css";

/** `/my-work`: the user's overdue and today's tasks, and the handoffs waiting for their decision, each exportable to CSV. */
export default function MyWorkPage(): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const queryClient = useQueryClient();
  usePageTitle(() => i18n.t("myWork.title"));
  const tasks = useQuery(() => ({
    queryKey: orgKey(org.id(), "tasks", "mine"),
    queryFn: () => trpc.core.tasks.mine.query(),
    enabled: access.can("core.tasks.use"),
  }));
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
  const taskCard = (title: string, list: readonly TaskItemData[] | undefined) => (
    <Card title={title} padding="flush">
      <Show
        when={(list?.length ?? 0) > 0}
        fallback={<EmptyState icon={<IconCheck />} title={i18n.t("tasks.none")} />}
      >
        <ul class="task-list" aria-label={title}>
          <For each={list}>
            {(task) => <TaskItem task={task} now={Date.now()} onComplete={(id) => void complete(id)} />}
          </For>
        </ul>
      </Show>
    </Card>
  );
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
        <Show when={access.can("core.tasks.use")}>
          <div class="my-work__tasks">
            {taskCard(i18n.t("myWork.overdue"), tasks.data?.overdue)}
            {taskCard(i18n.t("myWork.today"), tasks.data?.today)}
          </div>
        </Show>
      </div>
    </div>
  );
}

import { Card, EmptyState, IconCheck } from "@quartet/ui";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { For, type JSX, Show } from "solid-js";
import { TaskItem } from "../../components/tasks/task-item.tsx";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { invalidateOrg, orgKey } from "../../lib/org-key.ts";

/** A client's open tasks (`core.tasks.forClient`), ticked off here; new ones come from the composer. */
export function ClientTasks(props: { clientId: string }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const queryClient = useQueryClient();
  const tasks = useQuery(() => ({
    queryKey: orgKey(org.id(), "tasks", "client", props.clientId),
    queryFn: () => trpc.core.tasks.forClient.query({ clientId: props.clientId }),
    enabled: access.can("core.tasks.use"),
  }));
  const complete = async (taskId: string) => {
    await trpc.core.tasks.complete.mutate({ taskId });
    await invalidateOrg(queryClient, org.id(), "tasks");
  };
  return (
    <Show when={access.can("core.tasks.use")}>
      <Card title={i18n.t("tasks.title")} padding="flush">
        <Show
          when={(tasks.data?.items.length ?? 0) > 0}
          fallback={<EmptyState icon={<IconCheck />} title={i18n.t("tasks.none")} />}
        >
          <ul class="task-list" aria-label={i18n.t("tasks.title")}>
            <For each={tasks.data?.items}>
              {(task) => <TaskItem task={task} now={Date.now()} onComplete={(id) => void complete(id)} />}
            </For>
          </ul>
        </Show>
      </Card>
    </Show>
  );
}

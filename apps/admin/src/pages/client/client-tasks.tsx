import { Button, Card, Checkbox, EmptyState, IconCheck, TextField } from "@quartet/ui";
import { useQuery, useQueryClient } from "@tanstack/solid-query";
import { createSignal, For, type JSX, Show } from "solid-js";
import { TaskItem } from "../../components/tasks/task-item.tsx";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess, useMe } from "../../lib/me.ts";
import { invalidateOrg, orgKey } from "../../lib/org-key.ts";
import { useServerForm } from "../../lib/server-form.ts";
import { offersClientRequest, taskInput } from "./task-draft.ts";

/** A client's open tasks (`core.tasks.forClient`): add one with a due day (a client request when VIP is on), tick one off. */
export function ClientTasks(props: { clientId: string }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const access = useAccess();
  const me = useMe();
  const offered = () => offersClientRequest(me.data?.enabledPlugins);
  const queryClient = useQueryClient();
  const form = useServerForm(["title", "dueDate"]);
  const [title, setTitle] = createSignal("");
  const [dueDate, setDueDate] = createSignal("");
  const [clientRequest, setClientRequest] = createSignal(false);
  const tasks = useQuery(() => ({
    queryKey: orgKey(org.id(), "tasks", "client", props.clientId),
    queryFn: () => trpc.core.tasks.forClient.query({ clientId: props.clientId }),
    enabled: access.can("core.tasks.use"),
  }));
  const refresh = () => invalidateOrg(queryClient, org.id(), "tasks");
  const add = async () => {
    const result = await form.run(() =>
      trpc.core.tasks.create.mutate(
        taskInput(
          props.clientId,
          { title: title(), dueDate: dueDate(), clientRequest: clientRequest() },
          offered(),
        ),
      ),
    );
    if (!result.ok) return;
    setTitle("");
    setDueDate("");
    setClientRequest(false);
    await refresh();
  };
  const complete = async (taskId: string) => {
    await trpc.core.tasks.complete.mutate({ taskId });
    await refresh();
  };
  return (
    <Show when={access.can("core.tasks.use")}>
      <Card title={i18n.t("tasks.title")} padding="flush">
        <form
          class="client-tasks__form"
          onSubmit={(event) => {
            event.preventDefault();
            void add();
          }}
        >
          <TextField
            label={i18n.t("tasks.what")}
            value={title()}
            onChange={setTitle}
            error={form.fieldErrors().title}
          />
          <TextField
            label={i18n.t("tasks.dueDate")}
            type="date"
            value={dueDate()}
            onChange={setDueDate}
            error={form.fieldErrors().dueDate}
          />
          <Button type="submit" variant="secondary" loading={form.busy()}>
            {i18n.t("tasks.add")}
          </Button>
          <Show when={offered()}>
            <Checkbox
              label={i18n.t("tasks.clientRequest")}
              description={i18n.t("tasks.clientRequestHint")}
              checked={clientRequest()}
              onChange={setClientRequest}
              class="client-tasks__request"
            />
          </Show>
        </form>
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

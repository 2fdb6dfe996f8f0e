import { Button, Card, Checkbox, Switch, showToast, Tabs } from "@quartet/ui";
import { createSignal, type JSX, Show } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useApi } from "../../../lib/api-context.tsx";
import { useAccess, useMe } from "../../../lib/me.ts";
import { useOrgRefresh } from "../../../lib/org-refresh.ts";
import { useServerForm } from "../../../lib/server-form.ts";
import { offersClientRequest } from "../task-draft.ts";
import {
  type ComposerDraft,
  type ComposerTab,
  composerTabs,
  type DraftProblem,
  emptyDraft,
  logInput,
  offersFollowUp,
  taskInput,
} from "./composer-draft.ts";
import { EntryFields, FunctionSelect } from "./entry-fields.tsx";
import { FollowUpFields } from "./follow-up-fields.tsx";

const fields = [
  "body",
  "call.result",
  "call.durationSec",
  "followUp.title",
  "followUp.dueAt",
  "followUp.assigneeId",
  "title",
  "dueAt",
  "assigneeId",
];

/**
 * The composer above a client's feed, as in amoCRM: tabs for a note, a call (result, duration,
 * and a "follow-up task" toggle that creates the task in the same submit), a meeting, a message
 * and a task with a due date, time and assignee. Tabs the viewer may not use are not shown.
 */
export function Composer(props: { clientId: string }): JSX.Element {
  const i18n = useT();
  const { trpc } = useApi();
  const access = useAccess();
  const me = useMe();
  const refresh = useOrgRefresh();
  const form = useServerForm(fields);
  const [draft, setDraft] = createSignal<ComposerDraft>(emptyDraft());
  const set = <K extends keyof ComposerDraft>(key: K, value: ComposerDraft[K]) => {
    setDraft({ ...draft(), [key]: value });
    form.clear(key === "taskTitle" ? "title" : key);
  };
  const tabs = () =>
    composerTabs.filter((tab) =>
      tab === "task" ? access.can("core.tasks.use") : access.can("core.activities.write"),
    );
  const problemText = (problem: DraftProblem) =>
    i18n.t(
      problem.reason === "duration" ? "clientPage.composer.badDuration" : "clientPage.composer.dueNeeded",
    );
  const submit = async () => {
    const current = draft();
    const built =
      current.tab === "task"
        ? taskInput(props.clientId, current, offersClientRequest(me.data?.enabledPlugins))
        : logInput(props.clientId, current);
    if ("problem" in built && built.problem) {
      form.show({ [built.problem.field]: problemText(built.problem) });
      return;
    }
    const input = built.input;
    if (!input) return;
    const result = await form.run<unknown>(() =>
      "type" in input ? trpc.core.timeline.log.mutate(input) : trpc.core.tasks.create.mutate(input),
    );
    if (!result.ok) return;
    const withTask = "followUp" in input;
    const key = current.tab === "task" ? "taskCreated" : withTask ? "loggedWithTask" : "logged";
    showToast({ title: i18n.t(`clientPage.composer.${key}`), tone: "success" });
    setDraft({ ...emptyDraft(current.tab), function: current.function });
    await refresh("timeline", "tasks", "home");
  };
  const panel = (tab: ComposerTab) => (
    <form
      class="composer__form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Show
        when={tab === "task"}
        fallback={<EntryFields draft={draft()} set={set} errors={form.fieldErrors()} />}
      >
        <FollowUpFields draft={draft()} set={set} errors={form.fieldErrors()} prefix="" />
        <FunctionSelect value={draft().function} onChange={(fn) => set("function", fn)} />
        <Show when={offersClientRequest(me.data?.enabledPlugins)}>
          <Checkbox
            label={i18n.t("tasks.clientRequest")}
            description={i18n.t("tasks.clientRequestHint")}
            checked={draft().clientRequest}
            onChange={(value) => set("clientRequest", value)}
          />
        </Show>
      </Show>
      <Show when={offersFollowUp(tab) && access.can("core.tasks.use")}>
        <Switch
          label={i18n.t("clientPage.composer.followUp")}
          checked={draft().followUp}
          onChange={(value) => set("followUp", value)}
        />
        <Show when={draft().followUp}>
          <FollowUpFields draft={draft()} set={set} errors={form.fieldErrors()} prefix="followUp." />
        </Show>
      </Show>
      <Show when={form.formError()}>
        <p class="q-error" role="alert">
          {form.formError()}
        </p>
      </Show>
      <div class="composer__submit">
        <Button type="submit" variant="primary" loading={form.busy()}>
          {i18n.t(`clientPage.composer.submit.${tab}`)}
        </Button>
      </div>
    </form>
  );
  return (
    <Show when={tabs().length > 0}>
      <Card padding="flush" class="composer">
        <Tabs
          label={i18n.t("clientPage.composer.title")}
          value={draft().tab}
          onChange={(tab) => {
            setDraft({ ...draft(), tab: tab as ComposerTab });
            form.show({});
          }}
          items={tabs().map((tab) => ({
            value: tab,
            label: i18n.t(`clientPage.composer.tabs.${tab}`),
            content: () => panel(tab),
          }))}
        />
      </Card>
    </Show>
  );
}

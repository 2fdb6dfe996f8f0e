import { Button, Card, Checkbox, TextField } from "@quartet/ui";
import { createResource, createSignal, type JSX, Show } from "solid-js";
import { type DealView, useCoreApi, useFirstSaleApi } from "../api.ts";
import { i18n } from "../i18n/index.ts";
import { useCan } from "../shared/permissions.ts";
import { run } from "../shared/run.ts";

/**
 * What happens next on the deal: a text with a due date, optionally a core task (so it shows in
 * the hunter's work), and "done", which completes the task and clears the step.
 */
export function NextStepCard(props: { deal: DealView; onChanged: () => void }): JSX.Element {
  const api = useFirstSaleApi();
  const core = useCoreApi();
  const can = useCan();
  const [text, setText] = createSignal("");
  const [dueOn, setDueOn] = createSignal("");
  const [asTask, setAsTask] = createSignal(true);
  const [busy, setBusy] = createSignal(false);
  const [tasks] = createResource(
    () => (can("tasksUse") && props.deal.nextStep?.taskId ? props.deal.clientId : null),
    (clientId) => core.tasks.forClient.query({ clientId, includeDone: true }),
  );
  const task = () => tasks()?.items.find((t) => t.id === props.deal.nextStep?.taskId);
  const editable = () => can("dealsWrite") && props.deal.status === "open";
  const busyWhile = async (action: () => Promise<unknown>, success: string) => {
    setBusy(true);
    const ok = await run(action, success);
    setBusy(false);
    if (ok) props.onChanged();
    return ok;
  };
  const set = () =>
    busyWhile(async () => {
      const title = text().trim();
      const taskId =
        asTask() && can("tasksUse")
          ? (
              await core.tasks.create.mutate({
                title,
                clientId: props.deal.clientId,
                function: "first-sale",
                dueDate: dueOn() || null,
              })
            ).id
          : null;
      await api.deals.setNextStep.mutate({
        dealId: props.deal.id,
        text: title,
        taskId,
        dueOn: dueOn() || null,
      });
      setText("");
      setDueOn("");
    }, i18n.t("nextStep.saved"));
  const complete = () =>
    busyWhile(async () => {
      const taskId = props.deal.nextStep?.taskId;
      if (taskId && can("tasksUse")) await core.tasks.complete.mutate({ taskId });
      await api.deals.setNextStep.mutate({ dealId: props.deal.id, text: null, taskId: null, dueOn: null });
    }, i18n.t("nextStep.completed"));
  return (
    <Card title={i18n.t("nextStep.title")}>
      <div class="fs-stack">
        <Show
          when={props.deal.nextStep}
          fallback={
            <p class="fs-muted">
              {props.deal.status === "open" ? i18n.t("nextStep.none") : i18n.t("nextStep.closed")}
            </p>
          }
        >
          {(step) => (
            <div class="fs-next-step">
              <p class="fs-next-step__text">{step().text}</p>
              <p class="fs-muted">
                <Show when={step().dueOn}>
                  {(due) => i18n.t("nextStep.due", { date: i18n.formatDate(due()) })}
                </Show>
                <Show when={step().taskId}>
                  {" · "}
                  {task()?.doneAt ? i18n.t("nextStep.taskDone") : i18n.t("nextStep.task")}
                </Show>
              </p>
              <Show when={editable()}>
                <Button size="sm" variant="secondary" loading={busy()} onClick={() => void complete()}>
                  {i18n.t("nextStep.complete")}
                </Button>
              </Show>
            </div>
          )}
        </Show>
        <Show when={editable()}>
          <TextField label={i18n.t("nextStep.what")} value={text()} onChange={setText} />
          <TextField label={i18n.t("nextStep.dueOn")} type="date" value={dueOn()} onChange={setDueOn} />
          <Show when={can("tasksUse")}>
            <Checkbox label={i18n.t("nextStep.asTask")} checked={asTask()} onChange={setAsTask} />
          </Show>
          <div>
            <Button loading={busy()} disabled={!text().trim()} onClick={() => void set()}>
              {i18n.t("nextStep.set")}
            </Button>
          </div>
        </Show>
      </div>
    </Card>
  );
}

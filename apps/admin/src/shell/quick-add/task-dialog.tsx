import { FormDialog, showToast } from "@quartet/ui";
import { useQueryClient } from "@tanstack/solid-query";
import { createSignal, type JSX } from "solid-js";
import { useT } from "../../i18n/index.ts";
import { useApi } from "../../lib/api-context.tsx";
import { useAccess } from "../../lib/me.ts";
import { invalidateOrg } from "../../lib/org-key.ts";
import { useServerForm } from "../../lib/server-form.ts";
import { type ComposerDraft, dueInstant, emptyDraft } from "../../pages/client/composer/composer-draft.ts";
import { FollowUpFields } from "../../pages/client/composer/follow-up-fields.tsx";

/**
 * A task from anywhere: what to do, a due date and time, and who (the creator by default), through
 * `core.tasks.create`; it shows on the assignee's "My work".
 */
export function TaskDialog(props: { onClose: () => void }): JSX.Element {
  const i18n = useT();
  const { trpc, org } = useApi();
  const queryClient = useQueryClient();
  const form = useServerForm(["title", "dueAt", "assigneeId"]);
  const access = useAccess();
  // Assigned to the creator unless another member is chosen.
  const [draft, setDraft] = createSignal<ComposerDraft>({
    ...emptyDraft("task"),
    assigneeId: access.userId() ?? "",
  });
  const set = <K extends keyof ComposerDraft>(key: K, value: ComposerDraft[K]) => {
    form.clear(key === "taskTitle" ? "title" : key === "dueDate" ? "dueAt" : key);
    setDraft({ ...draft(), [key]: value });
  };
  const submit = async () => {
    const current = draft();
    const dueAt = dueInstant(current.dueDate, current.dueTime);
    if (dueAt === null) return form.show({ dueAt: i18n.t("quickAdd.dueRequired") });
    const title = current.taskTitle.trim();
    const result = await form.run(() =>
      trpc.core.tasks.create.mutate({
        title,
        dueAt,
        ...(current.assigneeId ? { assigneeId: current.assigneeId } : {}),
      }),
    );
    if (!result.ok) return;
    showToast({ title: i18n.t("quickAdd.taskCreated", { title }), tone: "success" });
    await invalidateOrg(queryClient, org.id(), "tasks");
    props.onClose();
  };
  return (
    <FormDialog
      open
      onOpenChange={(open) => !open && props.onClose()}
      title={i18n.t("quickAdd.taskTitle")}
      submitLabel={i18n.t("common.create")}
      busy={form.busy()}
      error={form.formError()}
      onSubmit={submit}
    >
      <FollowUpFields draft={draft()} set={set} errors={form.fieldErrors()} prefix="" />
    </FormDialog>
  );
}

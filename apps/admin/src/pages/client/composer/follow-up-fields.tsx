import { Select, TextField } from "@quartet/ui";
import type { JSX } from "solid-js";
import { useT } from "../../../i18n/index.ts";
import { useMembers } from "../../team/queries.ts";
import type { ComposerDraft } from "./composer-draft.ts";

/** The value of "me" in the assignee select (Kobalte needs a non-empty key). */
const me = "me";

/**
 * What to do, by when (a date and a time) and who: the fields of a task, on the task tab and
 * under "follow-up task". `prefix` is where the server names their errors (`followUp.` or none).
 */
export function FollowUpFields(props: {
  draft: ComposerDraft;
  set: <K extends keyof ComposerDraft>(key: K, value: ComposerDraft[K]) => void;
  errors: Record<string, string>;
  prefix: "followUp." | "";
}): JSX.Element {
  const i18n = useT();
  const members = useMembers();
  const assignees = () => [
    { value: me, label: i18n.t("clientPage.composer.me") },
    ...(members.data ?? []).map((member) => ({ value: member.userId, label: member.name })),
  ];
  return (
    <div class="composer__task">
      <TextField
        label={i18n.t("clientPage.composer.taskTitle")}
        value={props.draft.taskTitle}
        onChange={(value) => props.set("taskTitle", value)}
        error={props.errors[`${props.prefix}title`]}
        class="composer__task-title"
      />
      <TextField
        label={i18n.t("clientPage.composer.dueDate")}
        type="date"
        value={props.draft.dueDate}
        onChange={(value) => props.set("dueDate", value)}
        error={props.errors[`${props.prefix}dueAt`]}
      />
      <TextField
        label={i18n.t("clientPage.composer.dueTime")}
        type="time"
        value={props.draft.dueTime}
        onChange={(value) => props.set("dueTime", value)}
      />
      <Select
        label={i18n.t("clientPage.composer.assignee")}
        options={assignees()}
        value={props.draft.assigneeId || me}
        onChange={(value) => props.set("assigneeId", value === me ? "" : value)}
        error={props.errors[`${props.prefix}assigneeId`]}
      />
    </div>
  );
}

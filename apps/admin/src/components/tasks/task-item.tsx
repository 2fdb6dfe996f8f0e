import { Checkbox } from "@quartet/ui";
import { type JSX, Show } from "solid-js";
import { useT } from "../../i18n/index.ts";
import "./tasks.css";

/** A task as lists show it. */
export type TaskItemData = { id: string; title: string; dueAt: number | null; doneAt: number | null };

/** One task: a "done" checkbox with its title, and when it is due (red once overdue). */
export function TaskItem(props: {
  task: TaskItemData;
  now: number;
  onComplete?: (taskId: string) => void;
  children?: JSX.Element;
}): JSX.Element {
  const i18n = useT();
  const overdue = () => props.task.dueAt !== null && props.task.dueAt < props.now;
  return (
    <li class="task-item" data-overdue={overdue() ? "" : undefined}>
      <Checkbox
        label={props.task.title}
        checked={props.task.doneAt !== null}
        disabled={!props.onComplete || props.task.doneAt !== null}
        onChange={() => props.onComplete?.(props.task.id)}
      />
      <span class="task-item__due">
        <Show when={props.task.dueAt} fallback={i18n.t("tasks.noDue")}>
          {(due) => i18n.t("tasks.due", { when: i18n.formatDateTime(due()) })}
        </Show>
      </span>
      {props.children}
    </li>
  );
}

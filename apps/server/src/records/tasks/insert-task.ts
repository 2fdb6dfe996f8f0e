import { newId, type SalesFunction, type TaskMark, type WriteScope } from "@quartet/core";
import { tasks } from "@quartet/db/org";
import type { RecordsContext } from "../timeline/context.ts";
import { visibleClient } from "../timeline/visible-client.ts";

/** What a new task holds; the assignee was checked by the caller. */
export type NewTask = {
  clientId?: string | null;
  title: string;
  note?: string | null;
  function?: SalesFunction | null;
  mark?: TaskMark | null;
  assigneeId: string;
  dueAt?: number | null;
  remindAt?: number | null;
};

/**
 * Writes a task inside `scope` — after checking its client is one the actor may work with — and
 * audits it as `core.task.create`: the one insert behind `core.tasks.create` and the records port.
 */
export async function insertTask(ctx: RecordsContext, scope: WriteScope, task: NewTask) {
  if (task.clientId) await visibleClient(ctx, task.clientId, scope.tx);
  const now = ctx.clock.now();
  const row = {
    id: newId("tsk", now),
    clientId: task.clientId ?? null,
    title: task.title,
    note: task.note ?? null,
    function: task.function ?? null,
    mark: task.mark ?? null,
    assigneeId: task.assigneeId,
    dueAt: task.dueAt ?? null,
    remindAt: task.remindAt ?? null,
    remindedAt: null,
    doneAt: null,
    createdBy: ctx.actor.id,
    createdAt: now,
    updatedAt: now,
  };
  await scope.tx.insert(tasks).values(row);
  await scope.audit({ action: "core.task.create", entity: "task", entityId: row.id, after: row });
  return row;
}

import type { ServiceContext, WriteScope } from "@quartet/core";
import { tasks } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { assertMayChange, requireTask, type TaskRow } from "./tasks.ts";

/**
 * Completes (`done: true`) or reopens a task inside `scope`, audited as `core.task.complete` /
 * `core.task.reopen`; doing what is already so changes nothing. The caller checked who may.
 */
export async function writeTaskDone(
  ctx: Pick<ServiceContext, "clock">,
  scope: WriteScope,
  before: TaskRow,
  done: boolean,
): Promise<TaskRow> {
  if ((before.doneAt !== null) === done) return before;
  const now = ctx.clock.now();
  const after = { ...before, doneAt: done ? now : null, updatedAt: now };
  await scope.tx.update(tasks).set({ doneAt: after.doneAt, updatedAt: now }).where(eq(tasks.id, before.id));
  const action = done ? "core.task.complete" : "core.task.reopen";
  await scope.audit({ action, entity: "task", entityId: before.id, before, after });
  return after;
}

/** Completes a task (`done: true`) or reopens it, by its creator, its assignee or a head of sales. */
export async function setTaskDone({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: { taskId: string; done: boolean };
}) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await requireTask(scope.tx, input.taskId);
    assertMayChange(ctx, before, true);
    return writeTaskDone(ctx, scope, before, input.done);
  });
}

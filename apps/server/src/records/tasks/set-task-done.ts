import type { ServiceContext } from "@quartet/core";
import { tasks } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { assertMayChange, requireTask } from "./tasks.ts";

/** Completes a task (`done: true`) or reopens it; doing what is already so changes nothing. */
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
    if ((before.doneAt !== null) === input.done) return before;
    const now = ctx.clock.now();
    const after = { ...before, doneAt: input.done ? now : null, updatedAt: now };
    await scope.tx.update(tasks).set({ doneAt: after.doneAt, updatedAt: now }).where(eq(tasks.id, before.id));
    const action = input.done ? "core.task.complete" : "core.task.reopen";
    await scope.audit({ action, entity: "task", entityId: before.id, before, after });
    return after;
  });
}

import { reminderDue, type ServiceContext } from "@quartet/core";
import { tasks } from "@quartet/db/org";
import { and, eq, inArray } from "drizzle-orm";

/**
 * Marks reminders as shown so `dueReminders` stops returning them. Only the actor's own tasks
 * whose reminder is due are marked; the answer lists which were.
 */
export async function markReminded({ ctx, input }: { ctx: ServiceContext; input: { taskIds: string[] } }) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const rows = await scope.tx
      .select()
      .from(tasks)
      .where(and(inArray(tasks.id, input.taskIds), eq(tasks.assigneeId, ctx.actor.id)));
    const due = rows.filter((task) => reminderDue(task, now));
    if (due.length === 0) return { marked: [] };
    const ids = due.map((task) => task.id);
    await scope.tx.update(tasks).set({ remindedAt: now }).where(inArray(tasks.id, ids));
    for (const task of due) {
      await scope.audit({
        action: "core.task.remind",
        entity: "task",
        entityId: task.id,
        before: { remindedAt: task.remindedAt },
        after: { remindedAt: now },
      });
    }
    return { marked: ids };
  });
}

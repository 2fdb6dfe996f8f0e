import { reminderDue, type ServiceContext } from "@quartet/core";
import { tasks } from "@quartet/db/org";
import { and, eq, isNull, lt, lte, or } from "drizzle-orm";
import { taskRows } from "./tasks.ts";

/**
 * The signed-in member's tasks whose reminder is due and has not fired since it was set (the
 * `(done_at, reminded_at, remind_at)` index). The admin app polls it, shows them and then calls
 * `markReminded`.
 */
export async function dueReminders({ ctx }: { ctx: ServiceContext }) {
  const now = ctx.clock.now();
  const where = and(
    isNull(tasks.doneAt),
    lte(tasks.remindAt, now),
    or(isNull(tasks.remindedAt), lt(tasks.remindedAt, tasks.remindAt)),
    eq(tasks.assigneeId, ctx.actor.id),
  );
  const rows = await taskRows(ctx.org.db, where, 200);
  return { items: rows.filter((task) => reminderDue(task, now)) };
}

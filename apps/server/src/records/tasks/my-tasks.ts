import { taskBuckets } from "@quartet/core";
import { tasks } from "@quartet/db/org";
import { and, eq, isNull } from "drizzle-orm";
import { orgSettings, type RecordsContext } from "../timeline/context.ts";
import { taskRows } from "./tasks.ts";

/**
 * The signed-in member's open tasks as a to-do list: `overdue`, `today`, `upcoming` and
 * `someday` (no deadline), with "today" in the organisation's time zone. Reads through the
 * `(assignee_id, done_at, due_at)` index.
 */
export async function myTasks({ ctx }: { ctx: RecordsContext }) {
  const { timeZone } = await orgSettings(ctx);
  const open = await taskRows(
    ctx.org.db,
    and(eq(tasks.assigneeId, ctx.actor.id), isNull(tasks.doneAt)),
    1_000,
  );
  return { ...taskBuckets(open, ctx.clock.now(), timeZone), timeZone };
}

import type { ServiceContext } from "@quartet/core";
import { tasks } from "@quartet/db/org";
import { and, eq, isNull, lt } from "drizzle-orm";
import { z } from "zod";
import { taskReach } from "./task-reach.ts";
import { taskRows } from "./tasks.ts";

/** Whose overdue tasks to see. */
export const overdueTasksInput = z.object({
  assigneeId: z.string().min(1).optional(),
  limit: z.number().int().min(1).max(500).default(200),
});

/**
 * Open tasks past their deadline across the team, oldest deadline first — the head of sales'
 * view. The actor's record scope bounds it: `all` sees everyone's, `team` the teammates',
 * `own` only their own; `assigneeId` narrows it to one person.
 */
export async function overdueTasks({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.output<typeof overdueTasksInput>;
}) {
  const where = and(
    isNull(tasks.doneAt),
    lt(tasks.dueAt, ctx.clock.now()),
    input.assigneeId ? eq(tasks.assigneeId, input.assigneeId) : undefined,
    taskReach(ctx.actor),
  );
  return { items: await taskRows(ctx.org.db, where, input.limit) };
}

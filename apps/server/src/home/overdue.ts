import type { ServiceContext } from "@quartet/core";
import { tasks } from "@quartet/db/org";
import { and, asc, count, isNull, lt, min } from "drizzle-orm";
import { overdueTasks } from "../records/tasks/overdue-tasks.ts";
import { taskReach } from "../records/tasks/task-reach.ts";
import type { HomeMember } from "./deps.ts";

/** How many overdue items the home page lists. */
export const overdueShown = 10;

/**
 * Today's overdue work across the team: open tasks (`done_at` null) whose deadline has passed,
 * counted per assignee with their oldest deadline, and the oldest ten with their client — both read
 * by the `core_tasks_due (done_at, due_at)` index, within the actor's record scope.
 */
export async function overdueWork(ctx: ServiceContext, members: readonly HomeMember[]) {
  const now = ctx.clock.now();
  const where = and(isNull(tasks.doneAt), lt(tasks.dueAt, now), taskReach(ctx.actor));
  const [perAssignee, top] = await Promise.all([
    ctx.org.db
      .select({ assigneeId: tasks.assigneeId, count: count(), oldestDueAt: min(tasks.dueAt) })
      .from(tasks)
      .where(where)
      .groupBy(tasks.assigneeId)
      .orderBy(asc(min(tasks.dueAt))),
    overdueTasks({ ctx, input: { limit: overdueShown } }),
  ]);
  const names = new Map(members.map((m) => [m.userId, m.name]));
  const people = perAssignee.map((p) => ({ ...p, name: names.get(p.assigneeId) ?? null }));
  return {
    total: people.reduce((s, p) => s + p.count, 0),
    people,
    items: top.items.map((t) => ({
      id: t.id,
      title: t.title,
      clientId: t.clientId,
      clientName: t.clientName,
      function: t.function,
      assigneeId: t.assigneeId,
      assigneeName: names.get(t.assigneeId) ?? null,
      dueAt: t.dueAt,
    })),
  };
}

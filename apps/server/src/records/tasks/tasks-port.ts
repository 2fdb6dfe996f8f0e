import type { RecordsPort, TaskFact } from "@quartet/core";
import { tasks } from "@quartet/db/org";
import { and, eq, gte, inArray, isNull, type SQL } from "drizzle-orm";
import { chunked } from "../facts/chunked.ts";
import type { RecordsContext } from "../timeline/context.ts";
import { requireMember } from "../timeline/members.ts";
import { visibleClient } from "../timeline/visible-client.ts";
import { insertTask } from "./insert-task.ts";
import { writeTaskDone } from "./set-task-done.ts";
import { requireTask, taskRows } from "./tasks.ts";

function factOf(row: typeof tasks.$inferSelect): TaskFact {
  return {
    id: row.id,
    clientId: row.clientId,
    title: row.title,
    note: row.note,
    function: row.function as TaskFact["function"],
    mark: row.mark,
    assigneeId: row.assigneeId,
    dueAt: row.dueAt,
    doneAt: row.doneAt,
    createdAt: row.createdAt,
  };
}

/** The `tasks` part of core's `RecordsPort`: tasks a plugin creates for members and completes, and the ones it reads (open, a client's, marked). */
export function tasksPort(ctx: RecordsContext): RecordsPort["tasks"] {
  return {
    async create(scope, input) {
      await requireMember(ctx, input.assigneeId, "assigneeId");
      const row = await insertTask(ctx, scope, input);
      return { id: row.id };
    },
    async complete(scope, taskId) {
      const done = await writeTaskDone(ctx, scope, await requireTask(scope.tx, taskId), true);
      return { id: done.id, doneAt: done.doneAt ?? ctx.clock.now() };
    },
    async open(filter) {
      const rows = await chunked(filter.clientIds, (ids) => {
        const where: (SQL | undefined)[] = [isNull(tasks.doneAt)];
        if (ids) where.push(inArray(tasks.clientId, [...ids]));
        if (filter.assigneeId) where.push(eq(tasks.assigneeId, filter.assigneeId));
        if (filter.function) where.push(eq(tasks.function, filter.function));
        return taskRows(ctx.org.db, and(...where), 5_000);
      });
      return rows.map(factOf);
    },
    async ofClient(clientId, options = {}) {
      // The same record-scope check as the client-tasks procedure: NOT_FOUND beyond the actor's reach.
      await visibleClient(ctx, clientId);
      const where = [eq(tasks.clientId, clientId), options.includeDone ? undefined : isNull(tasks.doneAt)];
      return (await taskRows(ctx.org.db, and(...where), 5_000)).map(factOf);
    },
    async marked(filter) {
      const rows = await chunked(filter.clientIds, (ids) => {
        const where: (SQL | undefined)[] = [eq(tasks.mark, filter.mark)];
        if (ids) where.push(inArray(tasks.clientId, [...ids]));
        if (filter.createdSince !== undefined) where.push(gte(tasks.createdAt, filter.createdSince));
        return taskRows(ctx.org.db, and(...where), 5_000);
      });
      return rows.map(factOf);
    },
  };
}

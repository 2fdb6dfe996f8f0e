import { newId, type RecordsPort, type TaskFact } from "@quartet/core";
import { tasks } from "@quartet/db/org";
import { and, eq, gte, inArray, isNull, type SQL } from "drizzle-orm";
import { chunked } from "../facts/chunked.ts";
import type { RecordsContext } from "../timeline/context.ts";
import { requireMember } from "../timeline/members.ts";
import { visibleClient } from "../timeline/visible-client.ts";
import { taskRows } from "./tasks.ts";

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

/** The `tasks` part of core's `RecordsPort`: tasks a plugin creates for members, and the open ones it reads. */
export function tasksPort(ctx: RecordsContext): RecordsPort["tasks"] {
  return {
    async create(scope, input) {
      await requireMember(ctx, input.assigneeId, "assigneeId");
      if (input.clientId) await visibleClient(ctx, input.clientId, scope.tx);
      const now = ctx.clock.now();
      const row = {
        id: newId("tsk", now),
        clientId: input.clientId ?? null,
        title: input.title,
        note: input.note ?? null,
        function: input.function ?? null,
        mark: input.mark ?? null,
        assigneeId: input.assigneeId,
        dueAt: input.dueAt ?? null,
        remindAt: null,
        remindedAt: null,
        doneAt: null,
        createdBy: ctx.actor.id,
        createdAt: now,
        updatedAt: now,
      };
      await scope.tx.insert(tasks).values(row);
      await scope.audit({ action: "core.task.create", entity: "task", entityId: row.id, after: row });
      return { id: row.id };
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

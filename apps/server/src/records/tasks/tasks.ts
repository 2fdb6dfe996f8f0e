import { DomainError, endOfLocalDay, recordMessages, type ServiceContext } from "@quartet/core";
import { clients, tasks } from "@quartet/db/org";
import { asc, eq, type SQL } from "drizzle-orm";
import type { Reader } from "../timeline/context.ts";

/** A task row. */
export type TaskRow = typeof tasks.$inferSelect;

/** The deadline from `dueAt` or an all-day `dueDate` (its last millisecond); `BAD_INPUT` naming `dueDate` for both. */
export function dueOf(
  input: { dueAt?: number | null; dueDate?: string | null },
  timeZone: string,
): number | null | undefined {
  if (input.dueAt != null && input.dueDate != null) {
    throw new DomainError("BAD_INPUT", recordMessages.dueEither, {
      fields: { dueDate: recordMessages.dueEitherField },
    });
  }
  if (input.dueDate) return endOfLocalDay(input.dueDate, timeZone);
  if (input.dueAt !== undefined) return input.dueAt;
  return input.dueDate === null ? null : undefined;
}

/** The task, or NOT_FOUND naming `taskId`. */
export async function requireTask(db: Reader, taskId: string): Promise<TaskRow> {
  const [row] = await db.select().from(tasks).where(eq(tasks.id, taskId));
  if (!row)
    throw new DomainError("NOT_FOUND", recordMessages.noSuchTask, {
      fields: { taskId: recordMessages.noSuchTask },
    });
  return row;
}

/**
 * FORBIDDEN unless the actor created the task or does it; with `managers`, someone whose
 * record scope is the whole organisation (a head of sales) may too — to reassign or reschedule.
 */
export function assertMayChange(ctx: ServiceContext, task: TaskRow, managers: boolean): void {
  const { actor } = ctx;
  if (task.createdBy === actor.id || task.assigneeId === actor.id) return;
  if (managers && (actor.scope ?? "all") === "all") return;
  throw new DomainError("FORBIDDEN", recordMessages.onlyCreatorOrAssignee);
}

/** Tasks matching `where` with their client's name, by deadline (no deadline first). */
export async function taskRows(db: Reader, where: SQL | undefined, limit = 500) {
  const rows = await db
    .select({ task: tasks, clientName: clients.name })
    .from(tasks)
    .leftJoin(clients, eq(clients.id, tasks.clientId))
    .where(where)
    .orderBy(asc(tasks.dueAt), asc(tasks.id))
    .limit(limit);
  return rows.map((row) => ({ ...row.task, clientName: row.clientName }));
}

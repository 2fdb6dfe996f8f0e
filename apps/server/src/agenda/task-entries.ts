import type { AgendaRange } from "@quartet/core/plugin";
import { tasks } from "@quartet/db/org";
import { and, eq, gte, isNull, lt, or } from "drizzle-orm";
import { taskRows } from "../records/tasks/tasks.ts";
import type { RecordsContext } from "../records/timeline/context.ts";
import type { AgendaEntry } from "./entry.ts";

/** Tasks one agenda read shows at most: the list stays a page, not an archive. */
export const agendaTaskLimit = 500;

type TaskEntry = Omit<AgendaEntry, "date" | "clientVisible">;

/**
 * The actor's open tasks due in `range` and, when `overdueBefore` is given, those due before it
 * (overdue), plus the open ones without a deadline (`undated`). Reads through the
 * `(assignee_id, done_at, due_at)` index.
 */
export async function taskEntries(
  ctx: RecordsContext,
  range: AgendaRange,
  overdueBefore: number | null,
): Promise<{ dated: TaskEntry[]; undated: TaskEntry[] }> {
  const mine = and(eq(tasks.assigneeId, ctx.actor.id), isNull(tasks.doneAt));
  const inRange = and(gte(tasks.dueAt, range.from), lt(tasks.dueAt, range.to));
  const due = overdueBefore === null ? inRange : or(inRange, lt(tasks.dueAt, overdueBefore));
  const [dated, undated] = await Promise.all([
    taskRows(ctx.org.db, and(mine, due), agendaTaskLimit),
    taskRows(ctx.org.db, and(mine, isNull(tasks.dueAt)), agendaTaskLimit),
  ]);
  const entry = (task: (typeof dated)[number]): TaskEntry => ({
    key: `core:${task.id}`,
    source: "core",
    id: task.id,
    kind: "task",
    title: task.title,
    client: task.clientId ? { id: task.clientId, name: task.clientName ?? "" } : null,
    at: task.dueAt ?? 0,
    href: null,
    mark: task.mark ?? null,
  });
  return { dated: dated.map(entry), undated: undated.map(entry) };
}

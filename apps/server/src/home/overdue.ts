import type { Actor, OrgDatabase, SalesFunction } from "@quartet/core";
import { type SQL, sql } from "drizzle-orm";
import { taskReach } from "../records/tasks/task-reach.ts";
import type { HomeMember } from "./deps.ts";

/** How many overdue items the home page lists. */
export const overdueShown = 10;

/**
 * The two reads of overdue work: open tasks (`done_at` null) past their deadline within the actor's
 * record scope, per assignee with the oldest deadline, and the oldest few with their client. Both
 * are pinned to `core_tasks_due (done_at, due_at)` — for the GROUP BY the planner would otherwise
 * walk the whole assignee index — so they cost the overdue tasks, not every task ever made.
 */
export function overdueQueries(now: number, actor: Actor) {
  const reach = taskReach(actor);
  const where = sql`core_tasks.done_at is null and core_tasks.due_at < ${now}${reach ? sql` and ${reach}` : sql``}`;
  const perAssignee: SQL = sql`select assignee_id as assigneeId, count(*) as count, min(due_at) as oldestDueAt
    from core_tasks indexed by core_tasks_due where ${where}
    group by assignee_id order by oldestDueAt`;
  const oldest: SQL = sql`select core_tasks.id as id, title, client_id as clientId, core_clients.name as clientName,
      core_tasks.function as function, assignee_id as assigneeId, due_at as dueAt
    from core_tasks indexed by core_tasks_due left join core_clients on core_clients.id = core_tasks.client_id
    where ${where} order by due_at, core_tasks.id limit ${overdueShown}`;
  return { perAssignee, oldest };
}

type OverdueItem = {
  id: string;
  title: string;
  clientId: string | null;
  clientName: string | null;
  function: SalesFunction | null;
  assigneeId: string;
  dueAt: number;
};

/**
 * Today's overdue work across the team: how many open tasks are past their deadline per assignee
 * (oldest deadline first) and the oldest ten, each with the member's name and the client.
 */
export async function overdueWork(
  db: OrgDatabase,
  now: number,
  actor: Actor,
  members: readonly HomeMember[],
) {
  const queries = overdueQueries(now, actor);
  const [perAssignee, oldest] = await Promise.all([
    db.all<{ assigneeId: string; count: number; oldestDueAt: number }>(queries.perAssignee),
    db.all<OverdueItem>(queries.oldest),
  ]);
  const names = new Map(members.map((m) => [m.userId, m.name]));
  const people = perAssignee.map((p) => ({
    ...p,
    count: Number(p.count),
    name: names.get(p.assigneeId) ?? null,
  }));
  return {
    total: people.reduce((s, p) => s + p.count, 0),
    people,
    items: oldest.map((t) => ({ ...t, assigneeName: names.get(t.assigneeId) ?? null })),
  };
}

import { can, localDate, type TaskFact } from "@quartet/core";
import { farmingPermissions } from "../../../contracts/permissions.ts";
import { type FarmingContext, orgInfo } from "../../context.ts";
import { accountItems, byUrgency, type DayItem } from "./day-items.ts";
import { type PortfolioRow, portfolioRows } from "./portfolio-rows.ts";

/**
 * The caller's day in one list, most urgent first: their clients at risk, late to buy and overdue
 * for contact, and their open farming tasks due by today. A task about a client already listed
 * rides on that client's first line (`taskId`) instead of a line of its own. Whoever manages
 * portfolios also sees the clients nobody farms (`unassigned`), which get no tasks.
 */
export async function day({ ctx }: { ctx: FarmingContext }) {
  const org = await orgInfo(ctx);
  const me = ctx.actor.id;
  const manages = can(ctx.actor, farmingPermissions.portfolioManage.id);
  const rows = (await portfolioRows(ctx, manages ? undefined : me)).filter(
    (r) => r.farmerId === me || (manages && r.farmerId === null),
  );
  const items = rows.flatMap((row) => accountItems(row, org)).sort(byUrgency);
  const tasks = (await ctx.records.tasks.open({ assigneeId: me, function: "farming" })).filter(
    (t) => t.dueAt !== null && localDate(t.dueAt, org.timeZone) <= org.today,
  );
  const names = await clientNames(ctx, rows, tasks);
  for (const task of tasks) {
    const first = items.find((i) => i.clientId !== null && i.clientId === task.clientId);
    if (first) first.taskId ??= task.id;
    else items.push(taskItem(task, names, org.timeZone));
  }
  return { today: org.today, items: items.sort(byUrgency) };
}

/** Names of the day's clients and of the clients its tasks are about (one read for those not listed). */
async function clientNames(ctx: FarmingContext, rows: readonly PortfolioRow[], tasks: readonly TaskFact[]) {
  const names = new Map(rows.map((r) => [r.client.id, r.client.name]));
  const missing = [
    ...new Set(tasks.flatMap((t) => (t.clientId && !names.has(t.clientId) ? [t.clientId] : []))),
  ];
  if (missing.length > 0)
    for (const c of await ctx.records.clients.summaries({ ids: missing })) names.set(c.id, c.name);
  return names;
}

function taskItem(task: TaskFact, names: Map<string, string>, timeZone: string): DayItem {
  return {
    kind: "task",
    clientId: task.clientId,
    clientName: task.clientId ? (names.get(task.clientId) ?? null) : null,
    reason: { code: "farming.day.task", params: { title: task.title } },
    dueOn: task.dueAt === null ? null : localDate(task.dueAt, timeZone),
    taskId: task.id,
    unassigned: false,
  };
}

import { recordMessages, type ServiceContext, taskBuckets } from "@quartet/core";
import { tasks } from "@quartet/db/org";
import { and, eq, gt, gte, isNotNull, isNull, lt, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { taskReach } from "../tasks/task-reach.ts";
import { taskRows } from "../tasks/tasks.ts";
import { decodeCursor, pageOf } from "../timeline/cursor.ts";
import { visibleClient } from "../timeline/visible-client.ts";
import { cursorPages } from "./cursor-pages.ts";
import { flagParam, localeParam } from "./query-params.ts";

/** The task lists an export can read, as the `core.tasks` procedures show them. */
export const taskLists = ["mine", "today", "overdue", "client"] as const;

/**
 * The query of a tasks export: which list (`mine`: my open tasks, `today`: those due today,
 * `overdue`: the team's late tasks as `core.tasks.overdue`, optionally of one `assigneeId`;
 * `client`: a client's tasks as `core.tasks.forClient`, with `includeDone`) and the header language.
 *
 * @example /api/v1/exports/tasks.csv?list=client&clientId=cli_…&includeDone=true
 */
export const taskExportQuery = z
  .object({
    list: z.enum(taskLists, recordMessages.taskListKind).default("mine"),
    assigneeId: z.string().min(1).optional(),
    clientId: z.string().min(1).optional(),
    includeDone: flagParam.default(false),
    locale: localeParam,
  })
  .superRefine((query, issues) => {
    if (query.list === "client" && !query.clientId)
      issues.addIssue({ code: "custom", path: ["clientId"], message: recordMessages.chooseClient });
  });

/** The filters of a tasks export. */
export type TaskExportFilters = Omit<z.output<typeof taskExportQuery>, "locale">;

/**
 * The conditions of a tasks export, bounded as the matching procedure bounds its list: my own
 * tasks, the team's within the actor's record scope, or a client the actor may see (NOT_FOUND otherwise).
 */
export async function taskConditions(ctx: ServiceContext, filters: TaskExportFilters): Promise<SQL[]> {
  const now = ctx.clock.now();
  const open = isNull(tasks.doneAt);
  switch (filters.list) {
    case "mine":
      return [eq(tasks.assigneeId, ctx.actor.id), open];
    case "today":
      return [eq(tasks.assigneeId, ctx.actor.id), open, gte(tasks.dueAt, now)];
    case "overdue": {
      const reach = [
        taskReach(ctx.actor),
        filters.assigneeId ? eq(tasks.assigneeId, filters.assigneeId) : undefined,
      ];
      return [open, lt(tasks.dueAt, now), ...reach.filter((w) => w !== undefined)];
    }
    case "client": {
      const clientId = filters.clientId ?? "";
      await visibleClient(ctx, clientId);
      return filters.includeDone ? [eq(tasks.clientId, clientId)] : [eq(tasks.clientId, clientId), open];
    }
  }
}

const pageSize = 500;

/**
 * The tasks matching `where` by deadline (none first), with their client's name and their
 * state (`open`, `overdue`, `done`), a page at a time; `todayOnly` keeps those due today in `timeZone`.
 */
export function taskExportRows(
  ctx: ServiceContext,
  where: SQL[],
  options: { todayOnly: boolean; timeZone: string },
): AsyncGenerator<Record<string, unknown>> {
  const now = ctx.clock.now();
  return cursorPages(async (cursor) => {
    const rows = await taskRows(ctx.org.db, and(...where, cursor ? after(cursor) : undefined), pageSize + 1);
    const page = pageOf(rows, pageSize, (row) => [row.dueAt ?? -1, row.id]);
    const items = options.todayOnly ? taskBuckets(page.items, now, options.timeZone).today : page.items;
    return {
      items: items.map((row) => ({
        ...row,
        state: row.doneAt !== null ? "done" : row.dueAt !== null && row.dueAt < now ? "overdue" : "open",
      })),
      nextCursor: page.nextCursor,
    };
  });
}

// Past the cursor in `taskRows`' order: by deadline ascending with no deadline first, then id.
function after(cursor: string): SQL | undefined {
  const [dueAt, id] = decodeCursor(cursor, ["number", "string"]);
  if (dueAt === -1) return or(and(isNull(tasks.dueAt), gt(tasks.id, id)), isNotNull(tasks.dueAt));
  return or(gt(tasks.dueAt, dueAt), and(eq(tasks.dueAt, dueAt), gt(tasks.id, id)));
}

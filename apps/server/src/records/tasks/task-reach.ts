import type { Actor } from "@quartet/core";
import { tasks } from "@quartet/db/org";
import { eq, type SQL, sql } from "drizzle-orm";
import { teammatesOf } from "../clients/index.ts";

/**
 * Whose tasks `actor` may see across the team: everyone's for record scope `all` (and the
 * system), the teammates' for `team`, only their own for `own`.
 *
 * @example db.select().from(tasks).where(and(isNull(tasks.doneAt), taskReach(actor)))
 */
export function taskReach(actor: Actor): SQL | undefined {
  const scope = actor.kind === "system" ? "all" : (actor.scope ?? "all");
  if (scope === "all") return undefined;
  if (scope === "team") return sql`${tasks.assigneeId} in ${teammatesOf(actor.id)}`;
  return eq(tasks.assigneeId, actor.id);
}

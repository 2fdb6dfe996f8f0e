import type { Actor } from "@quartet/core";
import { clients, functionAssignments, teams } from "@quartet/db/org";
import { type AnyColumn, or, type SQL, sql } from "drizzle-orm";
import { ownerColumns } from "./owners.ts";

/**
 * The record-scope condition on `core_clients` for `actor`: none for scope `all` (and the system);
 * for `own`, one of the four owner columns is the actor; for `team`, one of them is a teammate.
 * `useIndexes: false` writes the columns as `+column`, so SQLite drives the query by another index.
 *
 * @example db.select().from(clients).where(and(eq(clients.id, id), clientVisibility(actor)))
 */
export function clientVisibility(actor: Actor, options: { useIndexes?: boolean } = {}): SQL | undefined {
  const scope = actor.kind === "system" ? "all" : (actor.scope ?? "all");
  if (scope === "all") return undefined;
  const column = (c: AnyColumn) => (options.useIndexes === false ? sql`+${c}` : sql`${c}`);
  const people = scope === "own" ? sql`(${actor.id})` : teammatesOf(actor.id);
  return or(...Object.values(ownerColumns).map((c) => sql`${column(c)} in ${people}`));
}

/** The ids of the clients `actor` may see, as a subquery through the owner indexes; none for scope `all`. */
export function visibleClientIds(actor: Actor): SQL | undefined {
  const visibility = clientVisibility(actor);
  return visibility && sql`select ${clients.id} from ${clients} where ${visibility}`;
}

/**
 * The user ids that share a team with `userId` (both assigned to it, or one leads it), and
 * `userId` itself, as a subquery. Teams come from `core_function_assignments.team_id` and
 * `core_teams.lead_user_id`.
 */
export function teammatesOf(userId: string): SQL {
  const fa = functionAssignments;
  const memberOf = sql`select ${fa.teamId} from ${fa} where ${fa.userId} = ${userId} and ${fa.teamId} is not null`;
  const leads = sql`select ${teams.id} from ${teams} where ${teams.leadUserId} = ${userId}`;
  return sql`(select ${fa.userId} from ${fa} where ${fa.teamId} in (${memberOf} union ${leads})
    union select ${teams.leadUserId} from ${teams} where ${teams.id} in (${memberOf}) and ${teams.leadUserId} is not null
    union select ${userId})`;
}

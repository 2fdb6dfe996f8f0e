import type { ServiceContext, WriteScope } from "@quartet/core";
import { type SQL, sql } from "drizzle-orm";
import { chunked } from "./chunked.ts";
import { factConditions } from "./order-facts.ts";
import { readerOf } from "./reader-of.ts";

/** The timeline entries that count as contact with a client. */
export const contactTypes = ["call", "meeting", "message", "email"] as const;

/**
 * The newest contact (call, meeting, message or email, by any function) per client the actor
 * sees, as `{ clientId: occurredAt }`: per client, one seek per contact type into the covering
 * `core_activities_contact (client_id, type, occurred_at)` index, so the cost follows the number
 * of clients, not the length of their history (a grouped read of every contact ever made took
 * ten times longer at a million timeline entries).
 */
export async function lastContacts(
  ctx: Pick<ServiceContext, "org" | "actor">,
  filter: { clientIds?: readonly string[] },
  scope?: WriteScope,
): Promise<Record<string, number>> {
  const db = readerOf(ctx, scope);
  const rows = await chunked(filter.clientIds, (ids) =>
    db.all<{ client_id: string; last: number | null }>(lastContactsQuery(ctx, ids)),
  );
  const contacted: Record<string, number> = {};
  for (const row of rows) if (row.last !== null) contacted[row.client_id] = row.last;
  return contacted;
}

/** The newest contact of the client in column `client`, null without one: the largest of each type's newest. */
export function newestContact(client: SQL): SQL {
  const newest = contactTypes.map(
    (
      type,
    ) => sql`coalesce((select max(a.occurred_at) from core_activities a indexed by core_activities_contact
        where a.client_id = ${client} and a.type = ${type}), 0)`,
  );
  return sql`nullif(max(${sql.join(newest, sql`, `)}), 0)`;
}

/** The query behind `lastContacts` for one chunk of ids (all the actor sees when absent), so a test can `EXPLAIN` it. */
export function lastContactsQuery(
  ctx: Pick<ServiceContext, "actor">,
  ids: readonly string[] | undefined,
): SQL {
  const where = factConditions(ctx, { client: sql`c.id`, date: sql`''` }, ids, undefined);
  // Clients never contacted come back with null (filtered by the caller): a `where` on the column
  // would make SQLite evaluate the seeks twice.
  return sql`select c.id as client_id, ${newestContact(sql`c.id`)} as last from core_clients c where ${where}`;
}

import type { ServiceContext, WriteScope } from "@quartet/core";
import { sql } from "drizzle-orm";
import { chunked } from "./chunked.ts";
import { factConditions } from "./order-facts.ts";
import { readerOf } from "./reader-of.ts";

/** The timeline entries that count as contact with a client. */
export const contactTypes = ["call", "meeting", "message", "email"] as const;

/**
 * The newest contact (call, meeting, message or email, by any function) per client the actor
 * sees, as `{ clientId: occurredAt }`. Reads the `(client_id, occurred_at)` index.
 */
export async function lastContacts(
  ctx: Pick<ServiceContext, "org" | "actor">,
  filter: { clientIds?: readonly string[] },
  scope?: WriteScope,
): Promise<Record<string, number>> {
  const db = readerOf(ctx, scope);
  const types = sql.join(
    contactTypes.map((type) => sql`${type}`),
    sql`, `,
  );
  const rows = await chunked(filter.clientIds, (ids) => {
    const where = factConditions(ctx, { client: sql`client_id`, date: sql`''` }, ids, undefined);
    return db.all<{ client_id: string; last: number }>(sql`
      select client_id, max(occurred_at) as last from core_activities
      where type in (${types}) and ${where} group by client_id`);
  });
  return Object.fromEntries(rows.map((row) => [row.client_id, row.last]));
}

import { type DatabaseHandle, writeTransaction } from "@quartet/db";
import { sql } from "drizzle-orm";

/** A delivery this process holds the lease on. */
export type ClaimedDelivery = {
  id: string;
  eventId: string;
  pluginId: string;
  subscriber: string;
  attempts: number;
};

/**
 * Takes a lease on up to `limit` due deliveries in one statement, so two processes sharing
 * a database never hold the same delivery at once.
 */
export async function claimDeliveries(
  handle: DatabaseHandle,
  input: { owner: string; now: number; leaseMs: number; limit: number },
): Promise<ClaimedDelivery[]> {
  const rows = await writeTransaction(handle, (tx) =>
    tx.all<Record<string, unknown>>(sql`
      UPDATE core_event_deliveries
         SET lease_owner = ${input.owner}, lease_until = ${input.now + input.leaseMs}
       WHERE id IN (
         SELECT id FROM core_event_deliveries
          WHERE status = 'pending' AND next_attempt_at <= ${input.now}
            AND (lease_until IS NULL OR lease_until < ${input.now})
          ORDER BY next_attempt_at
          LIMIT ${input.limit})
      RETURNING id, event_id, plugin_id, subscriber, attempts`),
  );
  return rows.map((row) => ({
    id: String(row.id),
    eventId: String(row.event_id),
    pluginId: String(row.plugin_id),
    subscriber: String(row.subscriber),
    attempts: Number(row.attempts),
  }));
}

import { type DatabaseHandle, writeTransaction } from "@quartet/db";
import { sql } from "drizzle-orm";

/** A delivery this process holds the lease on. */
export type ClaimedWebhook = { id: string; endpointId: string; body: string; attempts: number };

/**
 * Takes a lease on up to `limit` due deliveries of enabled endpoints in one statement, so two
 * processes sharing a database never send the same delivery at once. Switching an endpoint off
 * ends its waiting deliveries (`endWaitingDeliveries`); the join skips any that a race left.
 */
export async function claimWebhooks(
  handle: DatabaseHandle,
  input: { owner: string; now: number; leaseMs: number; limit: number },
): Promise<ClaimedWebhook[]> {
  const rows = await writeTransaction(handle, (tx) =>
    tx.all<Record<string, unknown>>(sql`
      UPDATE core_webhook_deliveries
         SET lease_owner = ${input.owner}, lease_until = ${input.now + input.leaseMs}
       WHERE id IN (
         SELECT d.id FROM core_webhook_deliveries d
           JOIN core_webhook_endpoints e ON e.id = d.endpoint_id AND e.enabled = 1
          WHERE d.status = 'pending' AND d.next_attempt_at <= ${input.now}
            AND (d.lease_until IS NULL OR d.lease_until < ${input.now})
          ORDER BY d.next_attempt_at
          LIMIT ${input.limit})
      RETURNING id, endpoint_id, body, attempts`),
  );
  return rows.map((row) => ({
    id: String(row.id),
    endpointId: String(row.endpoint_id),
    body: String(row.body),
    attempts: Number(row.attempts),
  }));
}

import { msg, storeMessage, type WriteScope } from "@quartet/core";
import { eventDeliveries, webhookDeliveries, webhookEndpoints } from "@quartet/db/org";
import { and, eq } from "drizzle-orm";
import { webhookMessages as m } from "./messages.ts";
import { webhookOwnerId } from "./subscribers.ts";

/**
 * Ends an endpoint's waiting deliveries when it is switched off: each becomes dead with the words
 * «not sent: switched off», so nothing waits forever and an administrator can still replay one
 * from the log once the endpoint is on again. Runs in the change's transaction.
 */
export async function endWaitingDeliveries(
  scope: WriteScope,
  endpointId: string,
  now: number,
): Promise<void> {
  await scope.tx
    .update(webhookDeliveries)
    .set({
      status: "dead",
      lastError: storeMessage(msg(m.switchedOff)),
      nextAttemptAt: now,
      leaseOwner: null,
      leaseUntil: null,
    })
    .where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.status, "pending")));
}

/**
 * After an endpoint was removed (its deliveries go with it): when it was the last one, drops the
 * outbox's waiting deliveries to the webhook subscribers — with no endpoint the organisation no
 * longer counts them as enabled, so the dispatcher would hold them every minute forever, and
 * they would make no delivery anyway.
 */
export async function dropEventsForNoEndpoint(scope: WriteScope): Promise<void> {
  const [left] = await scope.tx.select({ id: webhookEndpoints.id }).from(webhookEndpoints).limit(1);
  if (left) return;
  await scope.tx
    .delete(eventDeliveries)
    .where(and(eq(eventDeliveries.pluginId, webhookOwnerId), eq(eventDeliveries.status, "pending")));
}

import { newId, type WriteScope } from "@quartet/core";
import type { DeliveredEvent } from "@quartet/core/plugin";
import { webhookDeliveries, webhookEndpoints } from "@quartet/db/org";
import { eq } from "drizzle-orm";

/**
 * The body every endpoint gets for an event, in the shape the specification recommends:
 * `{ type, timestamp, data }`, `data` being the event's payload and the organisation's id.
 */
export function webhookBody(orgId: string, event: DeliveredEvent<unknown>): string {
  return JSON.stringify({
    type: event.name,
    timestamp: new Date(event.occurredAt).toISOString(),
    data: { ...(event.payload as Record<string, unknown>), organisationId: orgId },
  });
}

/**
 * Writes one pending delivery per enabled endpoint subscribed to the event, in the transaction
 * that marks the event delivered to this subscriber — so an event becomes deliveries exactly
 * once (a redelivered event meets the unique endpoint + event index). Returns how many.
 */
export async function enqueueDeliveries(
  scope: WriteScope,
  input: { orgId: string; key: string; event: DeliveredEvent<unknown>; now: number },
): Promise<number> {
  const endpoints = await scope.tx
    .select({ id: webhookEndpoints.id, eventTypes: webhookEndpoints.eventTypes })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.enabled, true));
  const subscribed = endpoints.filter((endpoint) => endpoint.eventTypes.includes(input.key));
  if (subscribed.length === 0) return 0;
  const body = webhookBody(input.orgId, input.event);
  await scope.tx
    .insert(webhookDeliveries)
    .values(
      subscribed.map((endpoint) => ({
        id: newId("msg", input.now),
        endpointId: endpoint.id,
        eventId: input.event.id,
        eventType: input.key,
        body,
        status: "pending" as const,
        attempts: 0,
        nextAttemptAt: input.now,
        createdAt: input.now,
      })),
    )
    .onConflictDoNothing();
  return subscribed.length;
}

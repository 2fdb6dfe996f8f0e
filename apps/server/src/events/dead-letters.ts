import { DomainError, hostMessages } from "@quartet/core";
import { type DatabaseHandle, writeTransaction } from "@quartet/db";
import { eventDeliveries, outbox } from "@quartet/db/org";
import { and, desc, eq } from "drizzle-orm";

/** Deliveries that used up their attempts, newest first, with their event. */
export async function listDeadLetters(handle: DatabaseHandle, limit = 100) {
  return handle.db
    .select({
      id: eventDeliveries.id,
      eventId: eventDeliveries.eventId,
      event: outbox.name,
      version: outbox.version,
      pluginId: eventDeliveries.pluginId,
      subscriber: eventDeliveries.subscriber,
      attempts: eventDeliveries.attempts,
      lastError: eventDeliveries.lastError,
      createdAt: eventDeliveries.createdAt,
    })
    .from(eventDeliveries)
    .innerJoin(outbox, eq(outbox.id, eventDeliveries.eventId))
    .where(eq(eventDeliveries.status, "dead"))
    .orderBy(desc(eventDeliveries.createdAt))
    .limit(limit);
}

/** Puts a dead delivery back in the queue with fresh attempts. */
export async function retryDeadLetter(
  handle: DatabaseHandle,
  deliveryId: string,
  now: number,
): Promise<void> {
  const result = await writeTransaction(handle, (tx) =>
    tx
      .update(eventDeliveries)
      .set({
        status: "pending",
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        leaseOwner: null,
        leaseUntil: null,
      })
      .where(and(eq(eventDeliveries.id, deliveryId), eq(eventDeliveries.status, "dead"))),
  );
  if (result.rowsAffected !== 1)
    throw new DomainError("NOT_FOUND", hostMessages.noDeadDelivery, { params: { delivery: deliveryId } });
}

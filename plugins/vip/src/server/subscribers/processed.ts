import type { WriteScope } from "@quartet/core";
import { processedEvents } from "../../db/schema.ts";

/**
 * Records that `subscriber` handled `eventId`; false when it already had, and the redelivery then
 * does nothing. Runs in the delivery's transaction, so a rolled-back handling leaves no mark.
 */
export async function firstDelivery(
  scope: WriteScope,
  eventId: string,
  subscriber: string,
  now: number,
): Promise<boolean> {
  const inserted = await scope.tx
    .insert(processedEvents)
    .values({ eventId, subscriber, processedAt: now })
    .onConflictDoNothing()
    .returning({ eventId: processedEvents.eventId });
  return inserted.length === 1;
}

import { sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { WriteScope } from "../context.ts";

/** Records that a subscriber handled an event; false when it already had. */
export type FirstDelivery = (
  scope: WriteScope,
  eventId: string,
  subscriber: string,
  now: number,
) => Promise<boolean>;

/**
 * The idempotency guard of a plugin's subscribers over its processed-events table (columns
 * `event_id`, `subscriber`, `processed_at`, unique on the event — or the event and subscriber).
 * The mark is written in the delivery's transaction, so a rolled-back handling leaves none and
 * a redelivered event finds it and does nothing.
 *
 * @example export const firstDelivery = processedEventsGuard(processedEvents);
 * if (!(await firstDelivery(ctx.scope, event.id, "win-on-payment", ctx.clock.now()))) return;
 */
export function processedEventsGuard(table: SQLiteTable): FirstDelivery {
  return async (scope, eventId, subscriber, now) => {
    const inserted = await scope.tx.all(
      sql`insert into ${table} (event_id, subscriber, processed_at) values (${eventId}, ${subscriber}, ${now})
          on conflict do nothing returning event_id`,
    );
    return inserted.length === 1;
  };
}

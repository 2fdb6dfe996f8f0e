import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Events a subscriber has handled, so a redelivery does nothing. */
export const processedEvents = sqliteTable(
  "vip_processed_events",
  {
    eventId: text("event_id").notNull(),
    subscriber: text("subscriber").notNull(),
    processedAt: integer("processed_at", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.subscriber] })],
);

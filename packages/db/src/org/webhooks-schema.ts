import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * An HTTPS endpoint an administrator subscribed to events (`name@version` keys). The secret signs
 * every delivery (Standard Webhooks, `whsec_…`); after a rotation the previous one keeps signing
 * beside it until `previous_secret_until`, so a receiver can switch without losing a delivery.
 */
export const webhookEndpoints = sqliteTable("core_webhook_endpoints", {
  id: text("id").primaryKey(),
  url: text("url").notNull(),
  description: text("description"),
  eventTypes: text("event_types", { mode: "json" }).$type<string[]>().notNull(),
  enabled: integer("enabled", { mode: "boolean" }).notNull(),
  secret: text("secret").notNull(),
  previousSecret: text("previous_secret"),
  previousSecretUntil: integer("previous_secret_until", { mode: "number" }),
  createdBy: text("created_by").notNull(),
  createdAt: integer("created_at", { mode: "number" }).notNull(),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});

/** Where a webhook delivery stands: waiting for its (next) attempt, received, or dead after its last attempt. */
export type WebhookDeliveryStatus = "pending" | "delivered" | "dead";

/**
 * One message to one endpoint: its id is the `webhook-id` header, kept across retries and replays;
 * `body` is the exact JSON sent, so every attempt signs the same bytes. Written by the event's
 * subscriber in the delivery's transaction (one per endpoint and event), sent outside it.
 */
export const webhookDeliveries = sqliteTable(
  "core_webhook_deliveries",
  {
    id: text("id").primaryKey(),
    endpointId: text("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    eventId: text("event_id").notNull(),
    eventType: text("event_type").notNull(),
    body: text("body").notNull(),
    status: text("status").$type<WebhookDeliveryStatus>().notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "number" }).notNull(),
    leaseOwner: text("lease_owner"),
    leaseUntil: integer("lease_until", { mode: "number" }),
    responseStatus: integer("response_status"),
    lastError: text("last_error"),
    lastAttemptAt: integer("last_attempt_at", { mode: "number" }),
    deliveredAt: integer("delivered_at", { mode: "number" }),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [
    uniqueIndex("core_webhook_deliveries_endpoint_event").on(t.endpointId, t.eventId),
    index("core_webhook_deliveries_due").on(t.status, t.nextAttemptAt),
    /** The delivery log of one endpoint, newest first. */
    index("core_webhook_deliveries_log").on(t.endpointId, t.id),
  ],
);

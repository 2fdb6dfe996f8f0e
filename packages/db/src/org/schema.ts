import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Events written in the same transaction as the change that caused them. */
export const outbox = sqliteTable(
  "core_outbox",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    version: integer("version").notNull(),
    payload: text("payload", { mode: "json" }).$type<unknown>().notNull(),
    /** `core` or the emitting plugin's id. */
    emittedBy: text("emitted_by").notNull(),
    actorId: text("actor_id").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
    /** Set once a delivery row exists for every subscriber enabled at dispatch time. */
    fannedOutAt: integer("fanned_out_at", { mode: "number" }),
  },
  (t) => [
    index("core_outbox_pending").on(t.fannedOutAt, t.createdAt),
    /** Past events of one contract, oldest first (`records.events.past`). */
    index("core_outbox_name").on(t.name, t.id),
  ],
);

/** The state of one delivery of one event to one subscriber. */
export type DeliveryStatus = "pending" | "delivered" | "dead";

/** One row per (event, subscriber): attempts, backoff, lease and the last error. */
export const eventDeliveries = sqliteTable(
  "core_event_deliveries",
  {
    id: text("id").primaryKey(),
    eventId: text("event_id")
      .notNull()
      .references(() => outbox.id, { onDelete: "cascade" }),
    pluginId: text("plugin_id").notNull(),
    subscriber: text("subscriber").notNull(),
    status: text("status").$type<DeliveryStatus>().notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "number" }).notNull(),
    leaseOwner: text("lease_owner"),
    leaseUntil: integer("lease_until", { mode: "number" }),
    lastError: text("last_error"),
    deliveredAt: integer("delivered_at", { mode: "number" }),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [
    uniqueIndex("core_event_deliveries_event_subscriber").on(t.eventId, t.pluginId, t.subscriber),
    index("core_event_deliveries_due").on(t.status, t.nextAttemptAt),
  ],
);

/** Periodic jobs of enabled plugins: when each runs next and who holds it. */
export const jobs = sqliteTable(
  "core_jobs",
  {
    pluginId: text("plugin_id").notNull(),
    name: text("name").notNull(),
    nextRunAt: integer("next_run_at", { mode: "number" }).notNull(),
    leaseOwner: text("lease_owner"),
    leaseUntil: integer("lease_until", { mode: "number" }),
    lastRunAt: integer("last_run_at", { mode: "number" }),
    lastSuccessAt: integer("last_success_at", { mode: "number" }),
    lastError: text("last_error"),
    failures: integer("failures").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.pluginId, t.name] })],
);

/** Who did what, when, to which record, with a before/after summary. */
export const auditLog = sqliteTable(
  "core_audit_log",
  {
    id: text("id").primaryKey(),
    at: integer("at", { mode: "number" }).notNull(),
    actorKind: text("actor_kind").notNull(),
    actorId: text("actor_id").notNull(),
    actorName: text("actor_name").notNull(),
    pluginId: text("plugin_id"),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    before: text("before", { mode: "json" }).$type<unknown>(),
    after: text("after", { mode: "json" }).$type<unknown>(),
  },
  (t) => [
    index("core_audit_log_at").on(t.at),
    index("core_audit_log_entity").on(t.entity, t.entityId),
    index("core_audit_log_actor").on(t.actorId, t.at),
  ],
);

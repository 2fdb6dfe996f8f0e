import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Where a timed request came from: a core task, a core handoff, or prospecting's inbox. */
export type RequestSourceKind = "task" | "handoff" | "inbox";

/**
 * A VIP client's request whose first response is timed against its tier's SLA in business hours:
 * a core task marked `client-request`, a core handoff of the client or an inbound request in
 * prospecting's inbox. `id` is the source's id.
 */
export const requests = sqliteTable(
  "vip_requests",
  {
    id: text("id").primaryKey(),
    source: text("source").$type<RequestSourceKind>().notNull(),
    clientId: text("client_id").notNull(),
    tierKey: text("tier_key").notNull(),
    slaMinutes: integer("sla_minutes").notNull(),
    startedAt: integer("started_at", { mode: "number" }).notNull(),
    dueAt: integer("due_at", { mode: "number" }).notNull(),
    /** When the task was done, the handoff decided or the inbox request triaged: the clock stops. */
    respondedAt: integer("responded_at", { mode: "number" }),
    /** When the breach was found and announced (once). */
    breachedAt: integer("breached_at", { mode: "number" }),
    /** When the head of sales was told, after the key-account manager. */
    escalatedAt: integer("escalated_at", { mode: "number" }),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [
    index("vip_requests_open").on(t.respondedAt, t.dueAt),
    index("vip_requests_client").on(t.clientId, t.startedAt),
  ],
);

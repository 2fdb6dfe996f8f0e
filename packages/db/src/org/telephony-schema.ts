import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * The organisation's one cloud PBX (a single row, id `pbx`): the adapter id, its settings with
 * secrets (never sent back unmasked) and the key of its public notification address
 * `/hooks/telephony/<hookKey>/<adapter>`, registered in the control database like plugins' keys.
 */
export const telephonySettings = sqliteTable("core_telephony_settings", {
  id: text("id").primaryKey(),
  adapter: text("adapter").notNull(),
  settings: text("settings", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
  hookKey: text("hook_key").notNull(),
  updatedBy: text("updated_by").notNull(),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});

/** A PBX extension (`100`) and the member who answers it; a member has at most one. */
export const telephonyExtensions = sqliteTable(
  "core_telephony_extensions",
  {
    extension: text("extension").primaryKey(),
    userId: text("user_id").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [uniqueIndex("core_telephony_extensions_user").on(t.userId)],
);

/**
 * One normalised PBX notification, kept once: providers retry, so (adapter, provider call id,
 * kind) is unique and a repeated delivery writes nothing. `activityId` is the timeline entry an
 * `ended` event wrote on the matched client.
 */
export const callEvents = sqliteTable(
  "core_call_events",
  {
    id: text("id").primaryKey(),
    adapter: text("adapter").notNull(),
    providerCallId: text("provider_call_id").notNull(),
    kind: text("kind").$type<"ringing" | "answered" | "ended" | "recording">().notNull(),
    direction: text("direction").$type<"inbound" | "outbound">(),
    fromNumber: text("from_number"),
    toNumber: text("to_number"),
    extension: text("extension"),
    userId: text("user_id"),
    clientId: text("client_id"),
    contactId: text("contact_id"),
    durationSec: integer("duration_sec"),
    disposition: text("disposition"),
    recordingId: text("recording_id"),
    recordingUrl: text("recording_url"),
    activityId: text("activity_id"),
    occurredAt: integer("occurred_at", { mode: "number" }).notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [
    uniqueIndex("core_call_events_once").on(t.adapter, t.providerCallId, t.kind),
    index("core_call_events_client").on(t.clientId, t.occurredAt),
  ],
);

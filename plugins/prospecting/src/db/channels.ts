import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { FormField } from "../domain/form-definition.ts";

/** Web forms; each posts to `/hooks/prospecting/forms/<key>`. */
export const forms = sqliteTable("prospecting_forms", {
  id: text("id").primaryKey(),
  /** The unguessable hook key, registered with the host. */
  key: text("key").notNull().unique(),
  name: text("name").notNull(),
  /** The request's source: `form:<slug>` unless given. */
  source: text("source").notNull(),
  fields: text("fields", { mode: "json" }).$type<FormField[]>().notNull(),
  honeypotField: text("honeypot_field").notNull(),
  consentRequired: integer("consent_required", { mode: "boolean" }).notNull(),
  consentText: text("consent_text").notNull(),
  thankYou: text("thank_you").notNull(),
  /** Origins allowed to post (`https://romashka.ru`); empty allows any. */
  allowedOrigins: text("allowed_origins", { mode: "json" }).$type<string[]>().notNull(),
  active: integer("active", { mode: "boolean" }).notNull(),
  createdAt: integer("created_at", { mode: "number" }).notNull(),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});

/** The organisation's Telegram bot connection (its token lives in the secret settings). */
export const telegramBots = sqliteTable("prospecting_telegram_bots", {
  id: text("id").primaryKey(),
  webhookKey: text("webhook_key").notNull().unique(),
  active: integer("active", { mode: "boolean" }).notNull(),
  connectedAt: integer("connected_at", { mode: "number" }).notNull(),
  connectedBy: text("connected_by").notNull(),
  disconnectedAt: integer("disconnected_at", { mode: "number" }),
});

/** Phones that must never be called (E.164). */
export const doNotCall = sqliteTable("prospecting_dnc", {
  phone: text("phone").primaryKey(),
  reason: text("reason").notNull(),
  clientId: text("client_id"),
  addedAt: integer("added_at", { mode: "number" }).notNull(),
  addedBy: text("added_by").notNull(),
});

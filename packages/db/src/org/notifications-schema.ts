import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * One notification for one member: its type (`prospecting.request.received`), the parameters its
 * templates are worded from, and the admin path it opens. `dedupe_key` is unique per recipient, so
 * a redelivered event or a job run twice never notifies twice.
 */
export const notifications = sqliteTable(
  "core_notifications",
  {
    id: text("id").primaryKey(),
    recipientId: text("recipient_id").notNull(),
    type: text("type").notNull(),
    params: text("params", { mode: "json" })
      .$type<Record<string, string | number | { en: string; ru: string }>>()
      .notNull(),
    link: text("link"),
    dedupeKey: text("dedupe_key").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
    readAt: integer("read_at", { mode: "number" }),
  },
  (t) => [
    uniqueIndex("core_notifications_dedupe").on(t.recipientId, t.dedupeKey),
    /** "My notifications, newest first" and "my unread ones". */
    index("core_notifications_inbox").on(t.recipientId, t.readAt, t.id),
    index("core_notifications_recipient").on(t.recipientId, t.id),
  ],
);

/** A member's choice for one notification type and channel; no row means the type's default. */
export const notificationPreferences = sqliteTable(
  "core_notification_preferences",
  {
    userId: text("user_id").notNull(),
    type: text("type").notNull(),
    channel: text("channel").$type<"inApp" | "email" | "telegram">().notNull(),
    enabled: integer("enabled", { mode: "boolean" }).notNull(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.type, t.channel] })],
);

/** A member's Telegram chat with the organisation's bot, linked through a one-time code. */
export const staffTelegramLinks = sqliteTable("core_staff_telegram_links", {
  userId: text("user_id").primaryKey(),
  chatId: text("chat_id").notNull(),
  linkedAt: integer("linked_at", { mode: "number" }).notNull(),
});

/** A short-lived code a member sends to the bot (`/start <code>`) to link their chat. */
export const staffLinkCodes = sqliteTable(
  "core_staff_link_codes",
  {
    code: text("code").primaryKey(),
    userId: text("user_id").notNull(),
    expiresAt: integer("expires_at", { mode: "number" }).notNull(),
  },
  (t) => [index("core_staff_link_codes_user").on(t.userId)],
);

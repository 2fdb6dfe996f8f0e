import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { RequestChannel } from "../contracts/events.ts";
import type { MessageMedia } from "../domain/telegram-media.ts";

/** Where a request stands: only `qualified` makes the client a lead. */
export type RequestStatus = "new" | "qualified" | "merged" | "dismissed";

/** Inbound requests: a form post, a Telegram chat, an "interested" call, a manual entry. */
export const requests = sqliteTable(
  "prospecting_requests",
  {
    id: text("id").primaryKey(),
    /** `form:<name>`, `telegram`, `telegram:<start payload>`, `campaign:<name>`, `manual` … */
    source: text("source").notNull(),
    channel: text("channel").$type<RequestChannel>().notNull(),
    utm: text("utm", { mode: "json" }).$type<Record<string, string>>().notNull(),
    consent: integer("consent", { mode: "boolean" }).notNull(),
    rawPayload: text("raw_payload", { mode: "json" }).$type<unknown>().notNull(),
    contactName: text("contact_name"),
    contactCompany: text("contact_company"),
    /** E.164. */
    contactPhone: text("contact_phone"),
    contactEmail: text("contact_email"),
    message: text("message"),
    formId: text("form_id"),
    /** One request per Telegram chat: later messages join its conversation. */
    telegramChatId: text("telegram_chat_id"),
    telegramUsername: text("telegram_username"),
    callId: text("call_id"),
    /** `<adapter>:<provider call id>` of the PBX call that opened it: a redelivered call opens nothing more. */
    pbxCallKey: text("pbx_call_key"),
    /** The call that opened it was missed: when, the callback task, and when it was called back (an answered call to the number, or the task done). */
    missedAt: integer("missed_at", { mode: "number" }),
    callbackTaskId: text("callback_task_id"),
    calledBackAt: integer("called_back_at", { mode: "number" }),
    /** The phone is on the do-not-call list: accepted and shown, never called. */
    doNotCall: integer("do_not_call", { mode: "boolean" }).notNull(),
    status: text("status").$type<RequestStatus>().notNull(),
    dismissReason: text("dismiss_reason"),
    clientId: text("client_id"),
    receivedAt: integer("received_at", { mode: "number" }).notNull(),
    /** The first human action on it (a reply, a triage): speed to lead. */
    firstActionAt: integer("first_action_at", { mode: "number" }),
    qualifiedAt: integer("qualified_at", { mode: "number" }),
    qualifiedBy: text("qualified_by"),
    triagedBy: text("triaged_by"),
    triageNote: text("triage_note"),
  },
  (t) => [
    index("prospecting_requests_status").on(t.status, t.receivedAt),
    index("prospecting_requests_received").on(t.receivedAt),
    index("prospecting_requests_qualified").on(t.qualifiedAt),
    index("prospecting_requests_client").on(t.clientId),
    uniqueIndex("prospecting_requests_chat").on(t.telegramChatId),
    uniqueIndex("prospecting_requests_pbx_call").on(t.pbxCallKey),
    /** Missed calls not called back yet, by number: an answered call to it clears them. */
    index("prospecting_requests_missed")
      .on(t.contactPhone)
      .where(sql`missed_at is not null and called_back_at is null`),
  ],
);

/** A conversation's messages (Telegram, both directions). */
export const messages = sqliteTable(
  "prospecting_messages",
  {
    id: text("id").primaryKey(),
    requestId: text("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    telegramChatId: text("telegram_chat_id").notNull(),
    direction: text("direction").$type<"in" | "out">().notNull(),
    /** The words or the caption; empty for a sticker, a photo without caption… */
    text: text("text").notNull(),
    /** What the message carries besides text (kind, Telegram file id, name, type, size); null for text only. */
    media: text("media", { mode: "json" }).$type<MessageMedia>(),
    at: integer("at", { mode: "number" }).notNull(),
    /** Telegram retries a webhook until it gets 200: the update id makes a retry a no-op. */
    telegramUpdateId: integer("telegram_update_id", { mode: "number" }),
    authorId: text("author_id"),
  },
  (t) => [
    index("prospecting_messages_request").on(t.requestId, t.at),
    uniqueIndex("prospecting_messages_update").on(t.telegramUpdateId),
  ],
);

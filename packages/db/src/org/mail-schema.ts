import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** How the last poll of a mailbox went: `new` until polled once, `failing` with a message code. */
export type MailboxStatus = "new" | "ok" | "failing";

/** How a mailbox sends replies: the organisation's mailer, or its own SMTP server. */
export type MailboxSmtp = { host: string; port: number; tls: boolean; user: string; password: string };

/**
 * A mailbox the organisation connected (`sales@…`): its IMAP server with the password as a secret
 * (stored here, never sent back unmasked, as the PBX's keys), the folders polled, the roles that may
 * see its letters, and how replies leave (`smtp` null: the organisation's mailer). `status` and
 * `statusError` (a message key, worded in the viewer's language) tell how the last poll went.
 */
export const mailboxes = sqliteTable("core_mailboxes", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  address: text("address").notNull(),
  imapHost: text("imap_host").notNull(),
  imapPort: integer("imap_port").notNull(),
  imapTls: integer("imap_tls", { mode: "boolean" }).notNull(),
  imapUser: text("imap_user").notNull(),
  imapPassword: text("imap_password").notNull(),
  folders: text("folders", { mode: "json" }).$type<string[]>().notNull(),
  roles: text("roles", { mode: "json" }).$type<string[]>().notNull(),
  smtp: text("smtp", { mode: "json" }).$type<MailboxSmtp | null>(),
  status: text("status").$type<MailboxStatus>().notNull(),
  statusError: text("status_error"),
  lastPolledAt: integer("last_polled_at", { mode: "number" }),
  createdBy: text("created_by").notNull(),
  createdAt: integer("created_at", { mode: "number" }).notNull(),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});

/**
 * Where polling of one folder stands: its UIDVALIDITY and the last UID stored. Advanced in the
 * same transaction as the letters it covers, so a crash re-reads (and deduplicates) rather than
 * skips; a changed UIDVALIDITY starts the folder over.
 */
export const mailFolders = sqliteTable(
  "core_mail_folders",
  {
    mailboxId: text("mailbox_id")
      .notNull()
      .references(() => mailboxes.id, { onDelete: "cascade" }),
    folder: text("folder").notNull(),
    uidValidity: text("uid_validity").notNull(),
    lastUid: integer("last_uid").notNull(),
  },
  (t) => [primaryKey({ columns: [t.mailboxId, t.folder] })],
);

/** Which way a letter went. */
export type LetterDirection = "inbound" | "outbound";

/** The state of a letter: received, or a reply queued / sent / failed. */
export type LetterStatus = "received" | "queued" | "sent" | "failed";

/**
 * One letter, kept once per `Message-ID` (two folders or a re-poll never store it twice). A thread
 * is its first letter's id (`threadId`); a reply finds it through `In-Reply-To`/`References`.
 * `clientId` is the client whose timeline shows it (the thread's client when the thread has one),
 * `activityId` that timeline entry; `requestRef` names the inbound request an unknown sender opened.
 */
export const letters = sqliteTable(
  "core_letters",
  {
    id: text("id").primaryKey(),
    mailboxId: text("mailbox_id").notNull(),
    messageId: text("message_id").notNull(),
    threadId: text("thread_id").notNull(),
    inReplyTo: text("in_reply_to"),
    references: text("references", { mode: "json" }).$type<string[]>().notNull(),
    direction: text("direction").$type<LetterDirection>().notNull(),
    status: text("status").$type<LetterStatus>().notNull(),
    fromAddress: text("from_address").notNull(),
    fromName: text("from_name"),
    to: text("to", { mode: "json" }).$type<string[]>().notNull(),
    cc: text("cc", { mode: "json" }).$type<string[]>().notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    clientId: text("client_id"),
    contactId: text("contact_id"),
    activityId: text("activity_id"),
    requestRef: text("request_ref"),
    sentBy: text("sent_by"),
    error: text("error"),
    occurredAt: integer("occurred_at", { mode: "number" }).notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [
    uniqueIndex("core_letters_message_id").on(t.messageId),
    index("core_letters_thread").on(t.threadId, t.occurredAt),
    index("core_letters_client").on(t.clientId, t.occurredAt),
    index("core_letters_mailbox").on(t.mailboxId, t.occurredAt),
  ],
);

/**
 * A letter's attachment. The organisation's database is its only storage (as documents' PDFs), so
 * files up to a size limit are kept here; a larger one keeps its name and size with `content` null.
 */
export const letterAttachments = sqliteTable(
  "core_letter_attachments",
  {
    id: text("id").primaryKey(),
    letterId: text("letter_id")
      .notNull()
      .references(() => letters.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    size: integer("size").notNull(),
    content: blob("content", { mode: "buffer" }),
  },
  (t) => [index("core_letter_attachments_letter").on(t.letterId)],
);

import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * Every issued version of a document (an invoice of an order, a deal's proposal …) with its PDF.
 * `number` is printed (the `sequence` of its series and `year`, `0` when its source keeps a
 * number of its own); issuing again from the same
 * subject adds a `version` with the same number. `pdf` holds the file itself: the organisation's
 * database is its only storage, so a document travels with it.
 */
export const documents = sqliteTable(
  "core_documents",
  {
    id: text("id").primaryKey(),
    type: text("type").notNull(),
    /** What it was made from (`order`, `first-sale.deal`) and its id. */
    subject: text("subject").notNull(),
    subjectId: text("subject_id").notNull(),
    clientId: text("client_id").notNull(),
    number: text("number").notNull(),
    year: integer("year").notNull(),
    sequence: integer("sequence").notNull(),
    version: integer("version").notNull(),
    /** The business date printed on it, `YYYY-MM-DD`. */
    date: text("date").notNull(),
    locale: text("locale").$type<"ru" | "en">().notNull(),
    currency: text("currency").notNull(),
    totalMinor: integer("total_minor").notNull(),
    fileName: text("file_name").notNull(),
    pdf: blob("pdf", { mode: "buffer" }).notNull(),
    createdBy: text("created_by").notNull(),
    /** The issuer's name when issued, so the list needs no lookup and outlives a membership. */
    createdByName: text("created_by_name").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [
    uniqueIndex("core_documents_version").on(t.type, t.subjectId, t.version),
    index("core_documents_subject").on(t.subjectId),
    index("core_documents_client").on(t.clientId, t.createdAt),
  ],
);

/**
 * The last number given per numbering series and calendar year («1», «2», … from each 1 January).
 * `type` holds the series: a core layout's (`invoice`, `proposal`: every type drawn as an invoice
 * shares one run, whichever plugin issues it) or a plugin's own layout's type.
 */
export const documentCounters = sqliteTable(
  "core_document_counters",
  {
    type: text("type").notNull(),
    year: integer("year").notNull(),
    last: integer("last").notNull(),
  },
  (t) => [primaryKey({ columns: [t.type, t.year] })],
);

/** The state of one mailing of a document. */
export type DocumentSendStatus = "queued" | "sent" | "failed";

/** Each time a document was mailed: to whom, with which subject and message, and how it went. */
export const documentSends = sqliteTable(
  "core_document_sends",
  {
    id: text("id").primaryKey(),
    documentId: text("document_id")
      .notNull()
      .references(() => documents.id, { onDelete: "cascade" }),
    recipients: text("recipients", { mode: "json" }).$type<string[]>().notNull(),
    subject: text("subject"),
    message: text("message"),
    sentBy: text("sent_by").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
    status: text("status").$type<DocumentSendStatus>().notNull(),
    sentAt: integer("sent_at", { mode: "number" }),
    error: text("error"),
  },
  (t) => [index("core_document_sends_document").on(t.documentId, t.createdAt)],
);

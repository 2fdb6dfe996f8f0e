import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** The state of a CSV import. */
export type ImportStatus = "analysed" | "running" | "paused" | "done" | "failed" | "cancelled";

/**
 * A CSV import of clients: its mapping, counts, and the checkpoint (`nextRow`) committed with
 * each batch, so a crash leaves no half-imported batch and the import resumes where it stopped.
 */
export const imports = sqliteTable(
  "core_imports",
  {
    id: text("id").primaryKey(),
    kind: text("kind").$type<"clients">().notNull(),
    fileName: text("file_name").notNull(),
    /** Where the uploaded file is kept while the import runs. */
    filePath: text("file_path").notNull(),
    fileBytes: integer("file_bytes").notNull(),
    status: text("status").$type<ImportStatus>().notNull(),
    mapping: text("mapping", { mode: "json" }).$type<Record<string, string | null>>().notNull(),
    /** What to do with a row that duplicates an existing client: skip, create, fill its blanks, attach the contact. */
    onDuplicate: text("on_duplicate").$type<"skip" | "create" | "update" | "attach">().notNull(),
    totalRows: integer("total_rows"),
    nextRow: integer("next_row").notNull(),
    createdCount: integer("created_count").notNull(),
    duplicateCount: integer("duplicate_count").notNull(),
    invalidCount: integer("invalid_count").notNull(),
    /** Rows written with at least one warning (a dropped value, a registry miss): the real run's count. */
    warnedCount: integer("warned_count").notNull().default(0),
    error: text("error"),
    createdBy: text("created_by").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
    startedAt: integer("started_at", { mode: "number" }),
    finishedAt: integer("finished_at", { mode: "number" }),
  },
  (t) => [index("core_imports_created").on(t.createdAt)],
);

/** What a row problem is: a refused row, a duplicate, or a warning about a row that was written. */
export type ImportErrorKind = "refused" | "duplicate" | "warning";

/** Per-row problems of an import, for the error report, each with its kind as decided when written. */
export const importErrors = sqliteTable(
  "core_import_errors",
  {
    importId: text("import_id")
      .notNull()
      .references(() => imports.id, { onDelete: "cascade" }),
    row: integer("row").notNull(),
    field: text("field").notNull(),
    kind: text("kind").$type<ImportErrorKind>().notNull().default("refused"),
    message: text("message").notNull(),
    value: text("value"),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.row, t.field] }),
    index("core_import_errors_import").on(t.importId, t.row),
  ],
);

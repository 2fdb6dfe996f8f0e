import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * A monthly target of one function's plan metric, set by the head of sales. A target holds from
 * its month on until a later month sets another, so changing next month's plan never rewrites the
 * past. `value` is a count, or minor units for a money metric.
 */
export const salesTargets = sqliteTable(
  "core_sales_targets",
  {
    /** Calendar month in the organisation's time zone, `2026-12`. */
    month: text("month").notNull(),
    function: text("function").notNull(),
    /** The plan metric's key as its plugin declares it, e.g. `revenue`. */
    metric: text("metric").notNull(),
    value: integer("value").notNull(),
    updatedBy: text("updated_by").notNull(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.function, t.metric, t.month] })],
);

/** A readiness signal the organisation dismissed for good (`until` null) or snoozed until a time. */
export const readinessDismissals = sqliteTable("core_readiness_dismissals", {
  signal: text("signal").primaryKey(),
  until: integer("until", { mode: "number" }),
  dismissedBy: text("dismissed_by").notNull(),
  dismissedAt: integer("dismissed_at", { mode: "number" }).notNull(),
});

/** One completed department self-diagnostic: the answers, the report built from them, and where it was sent. */
export const diagnostics = sqliteTable(
  "core_diagnostics",
  {
    id: text("id").primaryKey(),
    answers: text("answers", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    report: text("report", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
    /** Set when the report went to the consultant with a consultation request. */
    sentAt: integer("sent_at", { mode: "number" }),
    sentBy: text("sent_by"),
  },
  (t) => [index("core_diagnostics_created").on(t.createdAt)],
);

import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * One leg's state in one ISO week, taken once a week by core's `monitor.snapshot` job: the state,
 * its 0–100 score, the judged readings and the flow counts behind it, as the monitor saw them then.
 */
export const monitorSnapshots = sqliteTable(
  "core_monitor_snapshots",
  {
    /** ISO week in the organisation's time zone, `2026-W50`. */
    week: text("week").notNull(),
    function: text("function").notNull(),
    state: text("state").notNull(),
    score: integer("score"),
    /** The leg's judged readings and facts (`LegReport` without its function). */
    report: text("report", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    takenAt: integer("taken_at", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.week, t.function] })],
);

import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Teams per function, each with a lead. Members are user ids from the control database. */
export const teams = sqliteTable(
  "core_teams",
  {
    id: text("id").primaryKey(),
    function: text("function").notNull(),
    name: text("name").notNull(),
    leadUserId: text("lead_user_id"),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [index("core_teams_function").on(t.function)],
);

/** Who covers which function, with a daily capacity and a pause switch. */
export const functionAssignments = sqliteTable(
  "core_function_assignments",
  {
    userId: text("user_id").notNull(),
    function: text("function").notNull(),
    /** New pieces of work (e.g. leads) per day; null means no limit. */
    capacityPerDay: integer("capacity_per_day"),
    paused: integer("paused", { mode: "boolean" }).notNull().default(false),
    teamId: text("team_id").references(() => teams.id, { onDelete: "set null" }),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.function] }),
    index("core_function_assignments_function").on(t.function),
  ],
);

/** Each piece of work handed out by the assignment engine: the load and round-robin memory. */
export const assignmentLog = sqliteTable(
  "core_assignment_log",
  {
    id: text("id").primaryKey(),
    function: text("function").notNull(),
    userId: text("user_id").notNull(),
    subject: text("subject").notNull(),
    reason: text("reason").notNull(),
    at: integer("at", { mode: "number" }).notNull(),
  },
  (t) => [index("core_assignment_log_function_at").on(t.function, t.at)],
);

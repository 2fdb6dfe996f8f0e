import type { TaskMark } from "@quartet/core";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { clients } from "./clients-schema.ts";

/** What kind of entry a timeline item is. */
export type ActivityType =
  | "call"
  | "meeting"
  | "message"
  | "email"
  | "note"
  | "stage-change"
  | "handoff"
  | "system";

/** One timeline per client across all functions; each entry tagged with its function and author. */
export const activities = sqliteTable(
  "core_activities",
  {
    id: text("id").primaryKey(),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    type: text("type").$type<ActivityType>().notNull(),
    function: text("function"),
    authorId: text("author_id").notNull(),
    authorName: text("author_name").notNull(),
    body: text("body").notNull(),
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    occurredAt: integer("occurred_at", { mode: "number" }).notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [
    index("core_activities_client").on(t.clientId, t.occurredAt, t.id),
    /** The week's activity per person on the home page reads a time range, not a client. */
    index("core_activities_occurred").on(t.occurredAt, t.authorId, t.type),
    /** A client's newest contact of each kind in one seek (last contact, cadence, overdue clients), without reading the rows. */
    index("core_activities_contact").on(t.clientId, t.type, t.occurredAt),
  ],
);

/** Tasks with a due time, an assignee and a reminder. */
export const tasks = sqliteTable(
  "core_tasks",
  {
    id: text("id").primaryKey(),
    clientId: text("client_id").references(() => clients.id, { onDelete: "cascade" }),
    title: text("title").notNull(),
    note: text("note"),
    function: text("function"),
    /** What kind of work it is, e.g. `client-request` (a client waits for an answer); null for an ordinary task. */
    mark: text("mark").$type<TaskMark>(),
    assigneeId: text("assignee_id").notNull(),
    dueAt: integer("due_at", { mode: "number" }),
    remindAt: integer("remind_at", { mode: "number" }),
    remindedAt: integer("reminded_at", { mode: "number" }),
    doneAt: integer("done_at", { mode: "number" }),
    createdBy: text("created_by").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [
    index("core_tasks_assignee").on(t.assigneeId, t.doneAt, t.dueAt),
    index("core_tasks_client").on(t.clientId, t.doneAt),
    index("core_tasks_remind").on(t.doneAt, t.remindedAt, t.remindAt),
    /** Everyone's overdue work on the home page. */
    index("core_tasks_due").on(t.doneAt, t.dueAt),
  ],
);

/** The state of a handoff between functions. */
export type HandoffState = "requested" | "accepted" | "rejected" | "cancelled" | "expired";

/** A client handed from one function to another, with context, an SLA to accept, and the decision. */
export const handoffs = sqliteTable(
  "core_handoffs",
  {
    id: text("id").primaryKey(),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    fromFunction: text("from_function").notNull(),
    toFunction: text("to_function").notNull(),
    note: text("note").notNull(),
    context: text("context", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    requestedBy: text("requested_by").notNull(),
    receiverId: text("receiver_id"),
    /** Why the assignment engine picked the receiver, or "chosen". */
    assignmentReason: text("assignment_reason").notNull(),
    state: text("state").$type<HandoffState>().notNull(),
    acceptBy: integer("accept_by", { mode: "number" }).notNull(),
    decidedAt: integer("decided_at", { mode: "number" }),
    decidedBy: text("decided_by"),
    reason: text("reason"),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [
    index("core_handoffs_receiver").on(t.receiverId, t.state, t.acceptBy),
    index("core_handoffs_client").on(t.clientId, t.createdAt),
    index("core_handoffs_state").on(t.state, t.acceptBy),
  ],
);

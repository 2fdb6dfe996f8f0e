import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { Reason } from "../contracts/reasons.ts";
import type { DecisionAction } from "../domain/tier-decision.ts";

/**
 * Where each judged client stands in the program, one row per core client (`cli_…`), written by
 * every reassessment: the tier and since when, the grace period, the last decision with its
 * reasons, revenue for the trend, and the review schedule with the tasks already raised.
 */
export const standings = sqliteTable(
  "vip_standings",
  {
    clientId: text("client_id").primaryKey(),
    tierKey: text("tier_key"),
    since: text("since"),
    graceStartedOn: text("grace_started_on"),
    action: text("action").$type<DecisionAction>().notNull(),
    by: text("by").$type<"rules" | "override">().notNull(),
    reasons: text("reasons", { mode: "json" }).$type<Reason[]>().notNull(),
    /** Money received in the last 12 months, and in the 12 before: the revenue trend. */
    revenue12mMinor: integer("revenue_12m_minor").notNull(),
    revenuePrev12mMinor: integer("revenue_prev_12m_minor").notNull(),
    lastReviewOn: text("last_review_on"),
    nextReviewOn: text("next_review_on"),
    /** The review date a review task was raised for: one task per due review. */
    reviewTaskFor: text("review_task_for"),
    /** The core task (`tsk_…`) raised for that review, completed when the review is recorded. */
    reviewTaskId: text("review_task_id"),
    /** The grace start a warning task was raised for: one warning per grace period. */
    graceWarnedFor: text("grace_warned_for"),
    assessedOn: text("assessed_on").notNull(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [index("vip_standings_tier").on(t.tierKey), index("vip_standings_review").on(t.nextReviewOn)],
);

import { index, integer, primaryKey, real, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { HealthFactor, MaturityLevel } from "../contracts/events.ts";
import type { CategoryPurchase, HealthStatus, MaturityReason } from "../domain/types.ts";
import type { Offer } from "../domain/whitespace.ts";

export type { CategoryPurchase, HealthStatus, MaturityReason };

/**
 * What farming knows about each client it serves, recomputed from core's orders, payments and
 * timeline on payment and order events and nightly: classes, revenue, purchase rhythm, contact
 * cadence, health with its factors, maturity. The farmer's own inputs (cadence override,
 * potential) live here too. One row per core client (`cli_…`).
 */
export const accounts = sqliteTable(
  "farming_accounts",
  {
    clientId: text("client_id").primaryKey(),
    abc: text("abc").$type<"A" | "B" | "C">(),
    xyz: text("xyz").$type<"X" | "Y" | "Z">(),
    currency: text("currency").notNull(),
    /** Money received in the last 12 months, and in the 12 before. */
    revenue12mMinor: integer("revenue_12m_minor").notNull(),
    revenuePrev12mMinor: integer("revenue_prev_12m_minor").notNull(),
    /** Money received in the last 6 months, and in the 6 before: the trend. */
    revenue6mMinor: integer("revenue_6m_minor").notNull(),
    revenuePrev6mMinor: integer("revenue_prev_6m_minor").notNull(),
    orders12m: integer("orders_12m").notNull(),
    firstOrderOn: text("first_order_on"),
    lastOrderOn: text("last_order_on"),
    /** Typical days between orders; null with too few orders. */
    intervalDays: real("interval_days"),
    expectedOn: text("expected_on"),
    /** Days past the tolerated delay; null when not late. */
    lateDays: integer("late_days"),
    categoryPurchases: text("category_purchases", { mode: "json" }).$type<CategoryPurchase[]>().notNull(),
    /** Categories bought within the whitespace window: what peers' offers are computed from. */
    basket: text("basket", { mode: "json" }).$type<string[]>().notNull().default([]),
    /** The peer group the basket counts in (the client's industry); null: compared with everyone. */
    peerGroup: text("peer_group"),
    /** Whitespace offers as of the last recompute, strongest first; decisions are left out on reading. */
    offers: text("offers", { mode: "json" }).$type<Offer[]>().notNull().default([]),
    lastContactAt: integer("last_contact_at", { mode: "number" }),
    /** The cadence in force, where it came from, and the farmer's own setting for this client. */
    cadenceDays: integer("cadence_days").notNull(),
    cadenceSource: text("cadence_source").$type<"override" | "rule" | "default">().notNull(),
    cadenceOverrideDays: integer("cadence_override_days"),
    /** The business date by which the client must be contacted. */
    contactDueOn: text("contact_due_on"),
    healthScore: integer("health_score"),
    healthStatus: text("health_status").$type<HealthStatus>().notNull(),
    healthFactors: text("health_factors", { mode: "json" }).$type<HealthFactor[]>().notNull(),
    maturity: text("maturity").$type<MaturityLevel>().notNull(),
    maturityReasons: text("maturity_reasons", { mode: "json" }).$type<MaturityReason[]>().notNull(),
    /** The client's annual budget for what we sell, when the farmer knows it (share of wallet). */
    potentialMinor: integer("potential_minor"),
    /** The expected date a "late to buy" task was raised for: one task per expected purchase. */
    lateTaskFor: text("late_task_for"),
    /** When the current spell at risk began (the event and task are raised once per spell). */
    atRiskSince: integer("at_risk_since", { mode: "number" }),
    computedAt: integer("computed_at", { mode: "number" }).notNull(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [
    index("farming_accounts_health").on(t.healthStatus, t.healthScore),
    index("farming_accounts_expected").on(t.expectedOn),
    index("farming_accounts_contact_due").on(t.contactDueOn),
    index("farming_accounts_peer_group").on(t.peerGroup),
  ],
);

/** Orders a farmer marked as projects: the top step of the maturity ladder. */
export const projectOrders = sqliteTable(
  "farming_project_orders",
  {
    orderId: text("order_id").primaryKey(),
    clientId: text("client_id").notNull(),
    markedBy: text("marked_by").notNull(),
    markedAt: integer("marked_at", { mode: "number" }).notNull(),
  },
  (t) => [index("farming_project_orders_client").on(t.clientId)],
);

/** The company's farming rules (one row, `id` = "rules"), validated by `farmingRulesSchema`. */
export const rules = sqliteTable("farming_rules", {
  id: text("id").primaryKey(),
  rules: text("rules", { mode: "json" }).$type<unknown>().notNull(),
  updatedBy: text("updated_by").notNull(),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});

/** Events a subscriber has handled, so a redelivery does nothing. */
export const processedEvents = sqliteTable(
  "farming_processed_events",
  {
    eventId: text("event_id").notNull(),
    subscriber: text("subscriber").notNull(),
    processedAt: integer("processed_at", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.subscriber] })],
);

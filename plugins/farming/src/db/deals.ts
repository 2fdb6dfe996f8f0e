import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Where an expansion deal stands: open in a stage, won, or lost. */
export type ExpansionDealStatus = "open" | "won" | "lost";

/** Upsell (more of what the client buys) or cross-sell (a category it does not buy yet). */
export type ExpansionKind = "upsell" | "cross-sell";

/**
 * Expansion deals: an upsell or cross-sell opportunity with an existing client, in the company's
 * farming stages (`rules.stages`), with an amount and a close date; won when a matching order is
 * paid, lost with a reason.
 */
export const deals = sqliteTable(
  "farming_deals",
  {
    id: text("id").primaryKey(),
    clientId: text("client_id").notNull(),
    title: text("title").notNull(),
    /** The title folded for searching (`searchText`): lower case in any alphabet, «ё» as «е». */
    titleSearch: text("title_search").notNull().default(""),
    kind: text("kind").$type<ExpansionKind>().notNull(),
    /** The catalog category the deal sells; a paid order with a line in it wins the deal. */
    categoryId: text("category_id"),
    /** The stage key among `rules.stages` while open. */
    stageKey: text("stage_key").notNull(),
    status: text("status").$type<ExpansionDealStatus>().notNull(),
    farmerId: text("farmer_id"),
    currency: text("currency").notNull(),
    amountMinor: integer("amount_minor").notNull(),
    expectedCloseOn: text("expected_close_on"),
    /** The whitespace offer it was born from, if any. */
    offerId: text("offer_id"),
    note: text("note"),
    /** The invoice recorded in core for this deal (`sourceRef` = deal id), if any. */
    orderId: text("order_id"),
    orderNumber: text("order_number"),
    wonOrderId: text("won_order_id"),
    wonAt: integer("won_at", { mode: "number" }),
    lostReason: text("lost_reason"),
    lostNote: text("lost_note"),
    lostAt: integer("lost_at", { mode: "number" }),
    stageEnteredAt: integer("stage_entered_at", { mode: "number" }).notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [
    index("farming_deals_board").on(t.status, t.stageKey),
    index("farming_deals_client").on(t.clientId, t.status),
    index("farming_deals_farmer").on(t.farmerId, t.status),
    index("farming_deals_order").on(t.orderId),
    uniqueIndex("farming_deals_offer").on(t.offerId),
  ],
);

/** Every stage an expansion deal entered (including won and lost), by whom and when. */
export const dealHistory = sqliteTable(
  "farming_deal_history",
  {
    id: text("id").primaryKey(),
    dealId: text("deal_id")
      .notNull()
      .references(() => deals.id, { onDelete: "cascade" }),
    fromStage: text("from_stage"),
    toStage: text("to_stage").notNull(),
    actorId: text("actor_id").notNull(),
    at: integer("at", { mode: "number" }).notNull(),
  },
  (t) => [index("farming_deal_history_deal").on(t.dealId, t.at)],
);

/**
 * A farmer's decision on a whitespace offer (a category similar clients buy and this one does
 * not): accepted into an expansion deal, or dismissed. Offers themselves are computed, not stored.
 */
export const offers = sqliteTable(
  "farming_offers",
  {
    id: text("id").primaryKey(),
    clientId: text("client_id").notNull(),
    categoryId: text("category_id").notNull(),
    status: text("status").$type<"accepted" | "dismissed">().notNull(),
    /** The evidence as it was shown when decided (support, confidence, lift, peers). */
    evidence: text("evidence", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    dealId: text("deal_id"),
    decidedBy: text("decided_by").notNull(),
    decidedAt: integer("decided_at", { mode: "number" }).notNull(),
  },
  (t) => [uniqueIndex("farming_offers_client_category").on(t.clientId, t.categoryId)],
);

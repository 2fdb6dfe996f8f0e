import { index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { WonBasis } from "../contracts/events.ts";
import type { DealStatus } from "../domain/deal-transitions.ts";
import { pipelines, stages } from "./pipelines.ts";

/** Deals: one client's way from a lead to money received, in a pipeline. */
export const deals = sqliteTable(
  "first_sale_deals",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    pipelineId: text("pipeline_id")
      .notNull()
      .references(() => pipelines.id),
    stageId: text("stage_id")
      .notNull()
      .references(() => stages.id),
    status: text("status").$type<DealStatus>().notNull(),
    /** Core client (`cli_…`) and, optionally, the contact person there. */
    clientId: text("client_id").notNull(),
    contactId: text("contact_id"),
    /** The hunter working it; null until somebody is assigned. */
    hunterId: text("hunter_id"),
    currency: text("currency").notNull(),
    /** The lines' total, or the estimate while there are no lines. */
    amountMinor: integer("amount_minor").notNull(),
    estimateMinor: integer("estimate_minor").notNull(),
    expectedCloseOn: text("expected_close_on"),
    source: text("source"),
    /** The prospecting request it was born from: one deal per qualified lead. */
    leadRequestId: text("lead_request_id"),
    leadQualifiedAt: integer("lead_qualified_at", { mode: "number" }),
    stageEnteredAt: integer("stage_entered_at", { mode: "number" }).notNull(),
    lostReason: text("lost_reason"),
    lostNote: text("lost_note"),
    lostAt: integer("lost_at", { mode: "number" }),
    contractSignedAt: integer("contract_signed_at", { mode: "number" }),
    wonAt: integer("won_at", { mode: "number" }),
    wonBasis: text("won_basis").$type<WonBasis>(),
    /** The invoice: core's order recorded for the deal (`sourceRef` = deal id). */
    orderId: text("order_id"),
    orderNumber: text("order_number"),
    paidMinor: integer("paid_minor").notNull(),
    paidShare: real("paid_share").notNull(),
    nextStepText: text("next_step_text"),
    nextStepTaskId: text("next_step_task_id"),
    nextStepDueOn: text("next_step_due_on"),
    createdBy: text("created_by").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [
    index("first_sale_deals_board").on(t.pipelineId, t.status, t.stageId),
    index("first_sale_deals_client").on(t.clientId),
    index("first_sale_deals_hunter").on(t.hunterId, t.status),
    index("first_sale_deals_order").on(t.orderId),
    uniqueIndex("first_sale_deals_lead_request").on(t.leadRequestId),
  ],
);

/** A deal's line items, in order: a catalog product or a free line. */
export const dealLines = sqliteTable(
  "first_sale_deal_lines",
  {
    id: text("id").primaryKey(),
    dealId: text("deal_id")
      .notNull()
      .references(() => deals.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    productId: text("product_id"),
    name: text("name").notNull(),
    quantity: real("quantity").notNull(),
    priceMinor: integer("price_minor").notNull(),
    discountPercent: real("discount_percent").notNull(),
    totalMinor: integer("total_minor").notNull(),
  },
  (t) => [index("first_sale_deal_lines_deal").on(t.dealId, t.position)],
);

/** Every stage a deal entered: from where, to where, when and by whom. */
export const stageHistory = sqliteTable(
  "first_sale_stage_history",
  {
    id: text("id").primaryKey(),
    dealId: text("deal_id")
      .notNull()
      .references(() => deals.id, { onDelete: "cascade" }),
    fromStageId: text("from_stage_id"),
    toStageId: text("to_stage_id").notNull(),
    at: integer("at", { mode: "number" }).notNull(),
    by: text("by").notNull(),
  },
  (t) => [index("first_sale_stage_history_deal").on(t.dealId, t.at)],
);

/** Events a subscriber has handled, by event id: redelivery finds them here and does nothing. */
export const processedEvents = sqliteTable("first_sale_processed_events", {
  eventId: text("event_id").primaryKey(),
  subscriber: text("subscriber").notNull(),
  processedAt: integer("processed_at", { mode: "number" }).notNull(),
});

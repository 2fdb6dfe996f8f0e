import type { PriceAdjustmentReason } from "@quartet/core";
import {
  type AnySQLiteColumn,
  index,
  integer,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { clients } from "./clients-schema.ts";

/** A tree of product categories. */
export const productCategories = sqliteTable(
  "core_product_categories",
  {
    id: text("id").primaryKey(),
    parentId: text("parent_id").references((): AnySQLiteColumn => productCategories.id, {
      onDelete: "restrict",
    }),
    name: text("name").notNull(),
    position: integer("position").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [index("core_product_categories_parent").on(t.parentId, t.position)],
);

/** Products with a SKU, unit and price. */
export const products = sqliteTable(
  "core_products",
  {
    id: text("id").primaryKey(),
    categoryId: text("category_id").references(() => productCategories.id, { onDelete: "set null" }),
    sku: text("sku").notNull(),
    name: text("name").notNull(),
    unit: text("unit").notNull(),
    priceMinor: integer("price_minor").notNull(),
    currency: text("currency").notNull(),
    active: integer("active", { mode: "boolean" }).notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [
    uniqueIndex("core_products_sku").on(t.sku),
    index("core_products_category").on(t.categoryId, t.name),
  ],
);

/** Orders of a client with their totals and payment state. */
export const orders = sqliteTable(
  "core_orders",
  {
    id: text("id").primaryKey(),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "restrict" }),
    number: text("number").notNull(),
    status: text("status").$type<"confirmed" | "cancelled">().notNull(),
    currency: text("currency").notNull(),
    subtotalMinor: integer("subtotal_minor").notNull(),
    discountMinor: integer("discount_minor").notNull(),
    totalMinor: integer("total_minor").notNull(),
    paidMinor: integer("paid_minor").notNull(),
    paymentStatus: text("payment_status").$type<"unpaid" | "partial" | "paid" | "overpaid">().notNull(),
    /** The function that recorded it (e.g. first-sale), and the plugin record it came from. */
    function: text("function"),
    sourceRef: text("source_ref"),
    orderedOn: text("ordered_on").notNull(),
    /** Days the client has to pay, when a plugin's pricing granted terms (a VIP deferral); null: the company's usual terms. */
    paymentTermsDays: integer("payment_terms_days"),
    note: text("note"),
    createdBy: text("created_by").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [
    index("core_orders_client").on(t.clientId, t.orderedOn),
    uniqueIndex("core_orders_number").on(t.number),
    index("core_orders_source").on(t.sourceRef),
    /** The week's orders per person on the home page read a date range, not a client. */
    index("core_orders_ordered").on(t.orderedOn, t.status, t.createdBy),
  ],
);

/** Lines of an order. */
export const orderLines = sqliteTable(
  "core_order_lines",
  {
    id: text("id").primaryKey(),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    productId: text("product_id").references(() => products.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    quantity: real("quantity").notNull(),
    unit: text("unit"),
    priceMinor: integer("price_minor").notNull(),
    discountPercent: real("discount_percent").notNull(),
    totalMinor: integer("total_minor").notNull(),
    /** Why a plugin's pricing changed the line (`{ plugin, code, params }`); null when it did not. */
    adjustmentReason: text("adjustment_reason", { mode: "json" }).$type<PriceAdjustmentReason>(),
  },
  (t) => [index("core_order_lines_order").on(t.orderId, t.position)],
);

/** Payments received, against an order. */
export const payments = sqliteTable(
  "core_payments",
  {
    id: text("id").primaryKey(),
    orderId: text("order_id")
      .notNull()
      .references(() => orders.id, { onDelete: "restrict" }),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "restrict" }),
    amountMinor: integer("amount_minor").notNull(),
    currency: text("currency").notNull(),
    paidOn: text("paid_on").notNull(),
    method: text("method").$type<"bank" | "cash" | "card" | "other">().notNull(),
    reference: text("reference"),
    createdBy: text("created_by").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [index("core_payments_order").on(t.orderId), index("core_payments_client").on(t.clientId, t.paidOn)],
);

import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** A periodic account review a key-account manager recorded for a VIP client. */
export const reviews = sqliteTable(
  "vip_reviews",
  {
    id: text("id").primaryKey(),
    clientId: text("client_id").notNull(),
    reviewedOn: text("reviewed_on").notNull(),
    note: text("note").notNull(),
    reviewedBy: text("reviewed_by").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [index("vip_reviews_client").on(t.clientId, t.reviewedOn)],
);

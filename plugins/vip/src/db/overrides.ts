import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** A person's decision on one client that wins over the rules through `until` (null: no end). */
export const overrides = sqliteTable("vip_overrides", {
  clientId: text("client_id").primaryKey(),
  mode: text("mode").$type<"keep" | "exclude">().notNull(),
  /** The floor tier of a `keep`; null for `exclude`. */
  tierKey: text("tier_key"),
  reason: text("reason").notNull(),
  until: text("until"),
  setBy: text("set_by").notNull(),
  setAt: integer("set_at", { mode: "number" }).notNull(),
});

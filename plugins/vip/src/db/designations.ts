import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** A hand designation (special terms): the client meets the `manual` criterion of this tier and those below, through `until`. */
export const designations = sqliteTable("vip_designations", {
  clientId: text("client_id").primaryKey(),
  tierKey: text("tier_key").notNull(),
  reason: text("reason").notNull(),
  until: text("until"),
  setBy: text("set_by").notNull(),
  setAt: integer("set_at", { mode: "number" }).notNull(),
});

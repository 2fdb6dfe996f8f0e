import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** The company's VIP program (one row, `id` = "program"), validated by `vipProgramSchema` on read. */
export const programs = sqliteTable("vip_program", {
  id: text("id").primaryKey(),
  program: text("program", { mode: "json" }).$type<unknown>().notNull(),
  updatedBy: text("updated_by").notNull(),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});

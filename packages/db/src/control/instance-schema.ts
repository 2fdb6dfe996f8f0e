import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { users } from "./auth-schema.ts";

/**
 * Settings of the whole server, one row (`id = "instance"`): its administrator — the first person
 * who signed up — and the sign-up policy they chose in the admin app (null: the server's
 * `QUARTET_SIGNUP` applies).
 */
export const instanceSettings = sqliteTable("instance_settings", {
  id: text("id").primaryKey(),
  adminUserId: text("admin_user_id").references(() => users.id, { onDelete: "set null" }),
  signUpPolicy: text("sign_up_policy").$type<"open" | "invitation" | "closed">(),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});

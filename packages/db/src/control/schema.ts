import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Organisations and where each one's database lives. */
export const organisations = sqliteTable("organisations", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  slug: text("slug").notNull().unique(),
  dbUrl: text("db_url").notNull(),
  /** Auth token for a remote libSQL database; null for embedded files. */
  dbAuthToken: text("db_auth_token"),
  defaultCurrency: text("default_currency").notNull().default("RUB"),
  timeZone: text("time_zone").notNull().default("Europe/Moscow"),
  locale: text("locale").$type<"ru" | "en">().notNull().default("ru"),
  /** How the company staffs its four functions: the owner alone, a specialist each, a team each. */
  growthStage: text("growth_stage").$type<GrowthStage>().notNull().default("solo"),
  createdAt: integer("created_at", { mode: "number" }).notNull(),
});

/** How the company staffs its four functions. */
export type GrowthStage = "solo" | "specialists" | "departments";

/** The lifecycle state of a plugin in one organisation. */
export type InstallationState = "enabled" | "disabled" | "failed" | "uninstalled";

/** Which plugins each organisation has enabled, with their settings and last error. */
export const pluginInstallations = sqliteTable(
  "plugin_installations",
  {
    orgId: text("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    pluginId: text("plugin_id").notNull(),
    state: text("state").$type<InstallationState>().notNull(),
    version: text("version").notNull(),
    /** JSON, validated by the plugin's zod schema on write and on read. */
    settings: text("settings", { mode: "json" }).$type<unknown>().notNull(),
    lastError: text("last_error"),
    enabledAt: integer("enabled_at", { mode: "number" }),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.pluginId] })],
);

/** Public endpoint keys (`/hooks/<plugin>/…/<key>`) and the organisation each belongs to. */
export const hookKeys = sqliteTable(
  "hook_keys",
  {
    key: text("key").primaryKey(),
    orgId: text("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    pluginId: text("plugin_id").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [index("hook_keys_org_plugin").on(t.orgId, t.pluginId)],
);

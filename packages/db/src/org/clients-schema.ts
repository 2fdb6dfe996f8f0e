import { sql } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** Clients: companies and private persons, shared by the four functions. */
export const clients = sqliteTable(
  "core_clients",
  {
    id: text("id").primaryKey(),
    kind: text("kind").$type<"company" | "person">().notNull(),
    name: text("name").notNull(),
    /** `normalizeCompanyName(name)`: the key of fuzzy duplicate matching and of search. */
    nameNormalized: text("name_normalized").notNull(),
    legalName: text("legal_name"),
    inn: text("inn"),
    kpp: text("kpp"),
    ogrn: text("ogrn"),
    /** Bare domain, punycode. */
    website: text("website"),
    /** E.164 phones and lower-cased emails of the client itself (contacts have their own). */
    phones: text("phones", { mode: "json" }).$type<string[]>().notNull(),
    emails: text("emails", { mode: "json" }).$type<string[]>().notNull(),
    address: text("address"),
    region: text("region"),
    city: text("city"),
    industry: text("industry"),
    source: text("source"),
    tags: text("tags", { mode: "json" }).$type<string[]>().notNull(),
    customFields: text("custom_fields", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    stage: text("stage").$type<"prospect" | "lead" | "negotiation" | "customer">().notNull(),
    tier: text("tier").$type<"standard" | "vip">().notNull(),
    /** The responsible member for each function (user ids from the control database). */
    prospectingOwnerId: text("prospecting_owner_id"),
    firstSaleOwnerId: text("first_sale_owner_id"),
    farmingOwnerId: text("farming_owner_id"),
    vipOwnerId: text("vip_owner_id"),
    /** Set when merged into another client; merged clients are hidden from lists. */
    mergedIntoId: text("merged_into_id"),
    createdBy: text("created_by").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [
    index("core_clients_updated").on(t.mergedIntoId, t.updatedAt, t.id),
    index("core_clients_created").on(t.mergedIntoId, t.createdAt, t.id),
    index("core_clients_name").on(t.mergedIntoId, t.nameNormalized, t.id),
    index("core_clients_stage").on(t.stage, t.updatedAt),
    index("core_clients_region").on(t.region),
    index("core_clients_industry").on(t.industry),
    // Partial: most clients lack an owner in some function, and `owner = ?` never asks for null.
    index("core_clients_prospecting_owner")
      .on(t.prospectingOwnerId)
      .where(sql`${t.prospectingOwnerId} is not null`),
    index("core_clients_first_sale_owner")
      .on(t.firstSaleOwnerId)
      .where(sql`${t.firstSaleOwnerId} is not null`),
    index("core_clients_farming_owner").on(t.farmingOwnerId).where(sql`${t.farmingOwnerId} is not null`),
    index("core_clients_vip_owner").on(t.vipOwnerId).where(sql`${t.vipOwnerId} is not null`),
  ],
);

/**
 * Exact duplicate keys (INN, phones, emails, domain) of clients and their contacts, for index
 * lookups. `WITHOUT ROWID` (org migration 0016; drizzle cannot declare it): the primary key is the
 * table, so a key is stored twice (table and client index), not three times.
 */
export const clientKeys = sqliteTable(
  "core_client_keys",
  {
    kind: text("kind").$type<"inn" | "phone" | "email" | "domain">().notNull(),
    value: text("value").notNull(),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.value, t.clientId] }),
    index("core_client_keys_client").on(t.clientId),
  ],
);

/** One row per tag of a client, so lists filter by tag through an index; `WITHOUT ROWID` like the keys. */
export const clientTags = sqliteTable(
  "core_client_tags",
  {
    tag: text("tag").notNull(),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.tag, t.clientId] }), index("core_client_tags_client").on(t.clientId)],
);

/**
 * Fragment search over clients (org migration 0016, not a drizzle table): `core_client_search`, a
 * contentless FTS5 table with the trigram tokenizer, one row per unmerged client keyed by the
 * client's rowid, holding its normalized name (`name`) and its keys (`keys`: INN, phones as
 * digits, emails, domains). The write paths keep it in step (`searchRowStatements`).
 */
export const clientSearchTable = "core_client_search";

/** Every lifecycle stage change of a client. */
export const clientStageHistory = sqliteTable(
  "core_client_stage_history",
  {
    id: text("id").primaryKey(),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    fromStage: text("from_stage"),
    toStage: text("to_stage").notNull(),
    reason: text("reason"),
    actorId: text("actor_id").notNull(),
    at: integer("at", { mode: "number" }).notNull(),
  },
  (t) => [index("core_client_stage_history_client").on(t.clientId, t.at)],
);

/** People at a client, with their role in the purchase. */
export const contacts = sqliteTable(
  "core_contacts",
  {
    id: text("id").primaryKey(),
    clientId: text("client_id")
      .notNull()
      .references(() => clients.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    position: text("position"),
    role: text("role").notNull(),
    phones: text("phones", { mode: "json" }).$type<string[]>().notNull(),
    emails: text("emails", { mode: "json" }).$type<string[]>().notNull(),
    isPrimary: integer("is_primary", { mode: "boolean" }).notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [index("core_contacts_client").on(t.clientId)],
);

/** Typed custom fields an organisation adds to its clients. */
export const customFieldDefs = sqliteTable(
  "core_custom_field_defs",
  {
    id: text("id").primaryKey(),
    key: text("key").notNull(),
    label: text("label", { mode: "json" }).$type<{ en: string; ru: string }>().notNull(),
    type: text("type").$type<"text" | "number" | "boolean" | "date" | "select">().notNull(),
    options: text("options", { mode: "json" }).$type<string[]>().notNull(),
    required: integer("required", { mode: "boolean" }).notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [uniqueIndex("core_custom_field_defs_key").on(t.key)],
);

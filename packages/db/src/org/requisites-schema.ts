import { blob, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { clients } from "./clients-schema.ts";

/** The columns of a requisites card that the organisation and a client both keep in their own table. */
function cardColumns() {
  return {
    shortName: text("short_name"),
    postalAddress: text("postal_address"),
    directorName: text("director_name"),
    directorTitle: text("director_title"),
    accountantName: text("accountant_name"),
    vatMode: text("vat_mode").notNull(),
    paymentDays: integer("payment_days"),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  };
}

/**
 * The organisation's own requisites: one row (`id` = "org"). Codes are digits without spaces;
 * `vatMode` one of core's `vatModes`; `paymentDays` the default payment terms.
 */
export const orgRequisites = sqliteTable("core_org_requisites", {
  id: text("id").primaryKey(),
  fullName: text("full_name"),
  inn: text("inn"),
  kpp: text("kpp"),
  ogrn: text("ogrn"),
  legalAddress: text("legal_address"),
  ...cardColumns(),
});

/**
 * What a client's requisites add to its own columns (`legal_name` is the full name, `inn`, `kpp`,
 * `ogrn` and `address`, the legal address, stay on `core_clients`).
 */
export const clientRequisites = sqliteTable("core_client_requisites", {
  clientId: text("client_id")
    .primaryKey()
    .references(() => clients.id, { onDelete: "cascade" }),
  ...cardColumns(),
});

/**
 * Bank accounts of the organisation (`ownerId` = "org") or of a client (`ownerId` = its id; removed
 * with the client by the service). One per owner is the default; `position` keeps the entered order.
 */
export const bankAccounts = sqliteTable(
  "core_bank_accounts",
  {
    id: text("id").primaryKey(),
    ownerId: text("owner_id").notNull(),
    bik: text("bik").notNull(),
    bankName: text("bank_name"),
    account: text("account").notNull(),
    correspondentAccount: text("correspondent_account"),
    isDefault: integer("is_default", { mode: "boolean" }).notNull(),
    position: integer("position").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [index("core_bank_accounts_owner").on(t.ownerId, t.position)],
);

/** The organisation's logo, signature and stamp: PNG or JPEG (checked by magic bytes), at most 512 kB each. */
export const requisiteImages = sqliteTable("core_requisite_images", {
  kind: text("kind").$type<"logo" | "signature" | "stamp">().primaryKey(),
  mime: text("mime").notNull(),
  data: blob("data", { mode: "buffer" }).notNull(),
  updatedAt: integer("updated_at", { mode: "number" }).notNull(),
});

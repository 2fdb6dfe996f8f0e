import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { ProposalStatus } from "../domain/proposal-status.ts";
import { deals } from "./deals.ts";

/** A proposal line as a version stores it. */
export type StoredLine = {
  productId: string | null;
  name: string;
  quantity: number;
  priceMinor: number;
  discountPercent: number;
};

/**
 * The seller's requisites a version stored when first sale kept them in its own settings; a
 * version written since then stores `{}` (the seller is the organisation's requisites, which core
 * prints on the PDF). Kept for the versions written before; the column may go in a migration.
 */
export type LegacyRequisites = Partial<Record<string, string>>;

/** Commercial proposals of a deal; each edit is a new version. */
export const proposals = sqliteTable(
  "first_sale_proposals",
  {
    id: text("id").primaryKey(),
    dealId: text("deal_id")
      .notNull()
      .references(() => deals.id, { onDelete: "cascade" }),
    /** `P-000001`, per organisation. */
    number: text("number").notNull(),
    status: text("status").$type<ProposalStatus>().notNull(),
    currentVersion: integer("current_version").notNull(),
    sentAt: integer("sent_at", { mode: "number" }),
    acceptedAt: integer("accepted_at", { mode: "number" }),
    declinedAt: integer("declined_at", { mode: "number" }),
    createdBy: text("created_by").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
  },
  (t) => [
    index("first_sale_proposals_deal").on(t.dealId),
    uniqueIndex("first_sale_proposals_number").on(t.number),
  ],
);

/** One version of a proposal: its lines, terms, validity, and the organisation's name when it was written. */
export const proposalVersions = sqliteTable(
  "first_sale_proposal_versions",
  {
    id: text("id").primaryKey(),
    proposalId: text("proposal_id")
      .notNull()
      .references(() => proposals.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    lines: text("lines", { mode: "json" }).$type<StoredLine[]>().notNull(),
    currency: text("currency").notNull(),
    subtotalMinor: integer("subtotal_minor").notNull(),
    discountMinor: integer("discount_minor").notNull(),
    totalMinor: integer("total_minor").notNull(),
    terms: text("terms").notNull(),
    validUntil: text("valid_until").notNull(),
    requisites: text("requisites", { mode: "json" }).$type<LegacyRequisites>().notNull(),
    sellerName: text("seller_name").notNull(),
    issuedOn: text("issued_on").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: integer("created_at", { mode: "number" }).notNull(),
  },
  (t) => [uniqueIndex("first_sale_proposal_versions_number").on(t.proposalId, t.version)],
);

import {
  type DocumentImages,
  DomainError,
  documentMessages as m,
  type PartyRequisites,
  partyFromRequisites,
  type Signatory,
  signatoriesFromRequisites,
  type VatMode,
} from "@quartet/core";
import { requisiteImages } from "@quartet/db/org";
import type { Reader } from "../../records/clients/reader.ts";
import type { RequisitesContext } from "../../requisites/context.ts";
import { getOrgRequisites } from "../../requisites/org-requisites.ts";

/** What the organisation puts on every document it issues: itself, who signs, its pictures, VAT and usual terms. */
export type SellerCard = {
  readonly party: PartyRequisites;
  readonly director?: Signatory;
  readonly accountant?: Signatory;
  readonly images: DocumentImages;
  readonly vatMode: VatMode;
  readonly paymentDays: number | null;
};

/**
 * The seller from the organisation's requisites (name, INN/KPP, address, default bank account,
 * director, accountant) with the logo, signature and stamp bytes. Refuses with
 * `noSellerRequisites` at the field `requisites` until the card has a name and an INN, since a
 * document without its seller's codes is no document.
 */
export async function sellerCard(ctx: RequisitesContext): Promise<SellerCard> {
  const { images: _, ...requisites } = await getOrgRequisites(ctx);
  const party = partyFromRequisites(requisites);
  if (requisites.updatedAt === null || !party.name || !party.inn) {
    throw new DomainError("PRECONDITION_FAILED", m.noSellerRequisites, {
      fields: { requisites: m.noSellerRequisites },
    });
  }
  return {
    party,
    ...signatoriesFromRequisites(requisites),
    images: await imageBytes(ctx.org.db),
    vatMode: requisites.vatMode,
    paymentDays: requisites.paymentDays,
  };
}

async function imageBytes(reader: Reader): Promise<DocumentImages> {
  const rows = await reader
    .select({ kind: requisiteImages.kind, data: requisiteImages.data })
    .from(requisiteImages);
  return Object.fromEntries(rows.map((row) => [row.kind, new Uint8Array(row.data)]));
}

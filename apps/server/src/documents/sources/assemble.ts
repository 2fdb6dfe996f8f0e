import {
  type DocumentDraft,
  DomainError,
  documentLines,
  type IssuedModel,
  type Locale,
  documentMessages as m,
  type PartyRequisites,
  type ProposalDocument,
} from "@quartet/core";
import { paymentTermsWords } from "./payment-terms.ts";
import type { SellerCard } from "./seller.ts";

/** What a layout draws: core's invoice and proposal read their fields, a plugin's own `render` all of it. */
export type IssuedDocumentModel = IssuedModel &
  Pick<ProposalDocument, "title" | "intro" | "validUntil" | "manager">;

/** A document before the store gives it its number and date. */
export type UnnumberedModel = Omit<IssuedDocumentModel, "number" | "date">;

/** What `assembleDocument` joins: the source's draft and what core knows about the seller, the buyer and the issuer. */
export type AssembleInput = {
  readonly type: string;
  readonly locale: Locale;
  readonly draft: DocumentDraft;
  readonly seller: SellerCard;
  readonly buyer: PartyRequisites;
  /** The member issuing it: the proposal's manager unless the draft names one. */
  readonly issuer: { readonly fullName: string; readonly email?: string };
};

/**
 * A draft made printable: lines without a VAT rate take the seller's VAT mode, the sums and the
 * total in words are worked out in the document's language (VAT inside the prices unless the
 * draft says added), the payment terms worded from the draft's days or the seller's usual ones,
 * and the seller's signatories and pictures attached. Refuses a draft with no lines
 * (`noLines` at `subjectId`) and a bad line (`BAD_INPUT` at `lines.<i>.<field>`).
 *
 * @example assembleDocument({ type: "invoice", locale: "ru", draft, seller, buyer, issuer }).totals.totalInWords
 */
export function assembleDocument(input: AssembleInput): UnnumberedModel {
  const { draft, seller, locale } = input;
  if (draft.lines.length === 0) {
    throw new DomainError("BAD_INPUT", m.noLines, { fields: { subjectId: m.noLines } });
  }
  const { lines, totals } = documentLines(
    {
      pricing: draft.pricing ?? "included",
      ...(draft.currency ? { currency: draft.currency } : {}),
      lines: draft.lines.map((line) => ({ ...line, vatRate: line.vatRate ?? seller.vatMode })),
    },
    locale,
  );
  const paymentTerms = paymentTermsWords(draft.paymentTermsDays ?? seller.paymentDays, locale);
  return {
    type: input.type,
    locale,
    seller: seller.party,
    buyer: input.buyer,
    lines,
    totals,
    images: seller.images,
    ...(paymentTerms ? { paymentTerms } : {}),
    ...(seller.director ? { director: seller.director } : {}),
    ...(seller.accountant ? { accountant: seller.accountant } : {}),
    ...(draft.title ? { title: draft.title } : {}),
    ...(draft.intro ? { intro: draft.intro } : {}),
    ...(draft.validUntil ? { validUntil: draft.validUntil } : {}),
    manager: draft.manager ?? input.issuer,
    ...(draft.extra === undefined ? {} : { extra: draft.extra }),
  };
}

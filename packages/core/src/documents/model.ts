import type { Locale } from "../i18n.ts";
import type { Money } from "../money/money.ts";
import type { VatPricing } from "../money/vat-line.ts";

/** A bank account a payment goes to: the bank, its BIK, the correspondent and the settlement account. */
export type BankDetails = {
  readonly bankName: string;
  readonly bik: string;
  /** Корреспондентский счёт банка (20 digits). */
  readonly correspondentAccount: string;
  /** Расчётный счёт of the party (20 digits). */
  readonly settlementAccount: string;
};

/** A party's requisites as a document prints them: the seller (with a bank) or the buyer. */
export type PartyRequisites = {
  readonly name: string;
  /** Absent for a private person buying. */
  readonly inn?: string;
  /** Absent for an individual entrepreneur, who has no KPP. */
  readonly kpp?: string;
  readonly address?: string;
  readonly phone?: string;
  readonly bank?: BankDetails;
};

/** The VAT of a line: a rate in whole percent (20, 10, 0) or none for a seller not paying VAT. */
export type LineVat = { readonly kind: "rate"; readonly ratePercent: number } | { readonly kind: "none" };

/** A numbered line of a document: what is sold, how much, and its sums as computed upstream. */
export type DocumentLine = {
  readonly name: string;
  readonly quantity: number;
  /** The unit as printed (`шт`, `усл.`, `ч`). */
  readonly unit: string;
  readonly price: Money;
  /** What the line's discount took off quantity × price; absent when it had none. */
  readonly discount?: Money;
  readonly vat: LineVat;
  /** The VAT inside `total` (zero when `vat.kind` is `none`). */
  readonly vatAmount: Money;
  /** The line's sum after its discount: with VAT when prices include it, without when VAT is added on top. */
  readonly total: Money;
};

/** The sums under the lines table: Итого, В том числе НДС / НДС (absent: «Без НДС»), Всего к оплате. */
export type DocumentTotals = {
  /** Whether the lines' sums hold VAT («В том числе НДС», the default) or it comes on top («НДС»). */
  readonly vatPricing?: VatPricing;
  readonly subtotal: Money;
  readonly vat?: Money;
  /** The VAT of each rate, highest first, when the lines carry more than one rate (printed one row a rate). */
  readonly vatByRate?: readonly { readonly ratePercent: number; readonly vat: Money }[];
  readonly total: Money;
  /** The total in words, as `amountInWords` spells it (`Сто двадцать рублей 00 копеек`). */
  readonly totalInWords: string;
};

/** A person who signs: their position is printed by the layout (Руководитель, Бухгалтер). */
export type Signatory = { readonly fullName: string; readonly position?: string };

/** Pictures a document may carry, as PNG or JPEG bytes. */
export type DocumentImages = {
  readonly logo?: Uint8Array;
  readonly signature?: Uint8Array;
  readonly stamp?: Uint8Array;
};

/** What every built-in document shares: who sells to whom, its number and date, lines and sums. */
type DocumentBase = {
  readonly locale: Locale;
  readonly number: string;
  /** The business date, `YYYY-MM-DD`. */
  readonly date: string;
  readonly seller: PartyRequisites;
  readonly buyer: PartyRequisites;
  readonly lines: readonly DocumentLine[];
  readonly totals: DocumentTotals;
  readonly images?: DocumentImages;
};

/** Счёт на оплату: the seller's bank block, lines, sums in words, payment terms and signatures. */
export type InvoiceDocument = DocumentBase & {
  readonly type: "invoice";
  /** Printed under the sums, e.g. a VIP client's deferral («Оплата в течение 30 дней»). */
  readonly paymentTerms?: string;
  readonly director?: Signatory;
  readonly accountant?: Signatory;
};

/** Коммерческое предложение: an intro, the lines and sums, how long it holds, the manager to call. */
export type ProposalDocument = DocumentBase & {
  readonly type: "proposal";
  readonly title?: string;
  readonly intro?: string;
  /** The last day the offer holds, `YYYY-MM-DD`. */
  readonly validUntil?: string;
  readonly paymentTerms?: string;
  readonly manager?: { readonly fullName: string; readonly phone?: string; readonly email?: string };
};

/** A document the core knows how to lay out. */
export type BusinessDocument = InvoiceDocument | ProposalDocument;

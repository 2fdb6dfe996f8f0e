import type { ServiceContext } from "../context.ts";
import type { Locale, LocalizedText } from "../i18n.ts";
import type { CurrencyCode } from "../money/currency.ts";
import type { VatPricing } from "../money/vat-line.ts";
import type { VatRateId } from "../money/vat-rates.ts";
import { ManifestError } from "../plugin/graph.ts";
import type { DocumentLineInput } from "./lines.ts";
import type { InvoiceDocument } from "./model.ts";
import type { DocumentTools } from "./tools.ts";

/**
 * A document line as a source gives it. `vatRate` is optional: without it the line takes the
 * seller's VAT mode from the organisation's requisites (`vat22`, `none` …).
 */
export type DocumentSourceLine = Omit<DocumentLineInput, "vatRate"> & { readonly vatRate?: VatRateId };

/**
 * What a source says about one document to issue, before core adds the rest: the seller (the
 * organisation's requisites, bank, signatories, logo, signature and stamp), the buyer (the
 * client's requisites, else its name), the number (per organisation, type and year; a new
 * version of the same subject keeps its number), the date and the sums.
 */
export type DocumentDraft = {
  /** The client the document is for: its requisites print as the buyer, the timeline records it. */
  readonly clientId: string;
  readonly currency?: CurrencyCode;
  /** Whether the line prices hold VAT; `"included"` when absent (Russian price lists usually do). */
  readonly pricing?: VatPricing;
  readonly lines: readonly DocumentSourceLine[];
  /** Days to pay (a VIP deferral on an order); absent: the organisation's usual `paymentDays`. */
  readonly paymentTermsDays?: number | null;
  /** A proposal's own words: its heading, an opening paragraph, the last day it holds (`YYYY-MM-DD`). */
  readonly title?: string;
  readonly intro?: string;
  readonly validUntil?: string;
  /** A proposal's manager to call; core fills the acting member when absent. */
  readonly manager?: { readonly fullName: string; readonly phone?: string; readonly email?: string };
  /**
   * The number the source keeps for the subject itself (first sale's «P-000001» of a proposal),
   * printed instead of one from core's series; versions still count per subject.
   */
  readonly number?: string;
  /** Free text a plugin's own layout (`render`) reads; core's layouts ignore it. */
  readonly extra?: unknown;
};

/**
 * One kind of document a plugin (or core) issues — a manifest's `documents` member lists them.
 * `type` is unique across the host (core's are bare — `invoice`; a plugin's carry its id —
 * `first-sale.proposal`); `subject` names what it is made from (`order`, `first-sale.deal`), and
 * the admin app offers the type wherever it shows a subject of that kind. `build` reads the
 * subject as the acting member (refusing with `NOT_FOUND` what they may not see) and returns the
 * draft; `layout` picks core's invoice or proposal layout, or `render` draws a layout of the
 * plugin's own with the drawing kit. Issuing needs `permission` (one of the plugin's own, or a
 * core one); reading the issued PDFs needs `readPermission` (the subject's read permission).
 *
 * @example { type: "first-sale.invoice", subject: "first-sale.deal", name: { ru: "Счёт на оплату", en: "Invoice" }, layout: "invoice", permission: "first-sale.deals.write", readPermission: "first-sale.deals.read", build: (ctx, dealId) => invoiceDraftOfDeal(ctx, dealId) }
 */
export type DocumentSource<S = unknown> = {
  readonly type: string;
  readonly subject: string;
  readonly name: LocalizedText;
  readonly permission: string;
  readonly readPermission: string;
  readonly build: (ctx: ServiceContext<S>, subjectId: string, locale: Locale) => Promise<DocumentDraft>;
} & (
  | { readonly layout: "invoice" | "proposal"; readonly render?: undefined }
  | {
      readonly layout?: undefined;
      /** Draws the whole document: the draft plus what core added (number, date, parties, sums). */
      readonly render: (document: IssuedModel, tools: DocumentTools) => void;
    }
);

/** What a plugin's own layout draws: the draft with the number, the date, the parties and the worked sums. */
export type IssuedModel = Omit<InvoiceDocument, "type"> & { readonly type: string; readonly extra?: unknown };

/** Boot check of a manifest's `documents` member: a list of sources with a type of the plugin's own (`<id>.…`). */
export function validateDocumentSources(plugin: { id: string; documents?: unknown }): void {
  if (plugin.documents === undefined) return;
  const fail = (why: string) => {
    throw new ManifestError(`Plugin "${plugin.id}" declares documents ${why}`, [plugin.id]);
  };
  if (!Array.isArray(plugin.documents)) fail("that are not a list");
  for (const source of plugin.documents as Record<string, unknown>[]) {
    const type = source?.type;
    if (typeof type !== "string" || !type.startsWith(`${plugin.id}.`))
      fail(`with a type that does not start with "${plugin.id}.": ${String(type)}`);
    if (typeof source.build !== "function") fail(`with no build function for ${String(type)}`);
    if (source.layout === undefined && typeof source.render !== "function")
      fail(`with neither a layout nor a render function for ${String(type)}`);
    if (typeof source.subject !== "string" || source.subject.length === 0)
      fail(`with no subject for ${String(type)}`);
  }
}

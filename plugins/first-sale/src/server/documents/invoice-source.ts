import type { CurrencyCode, DocumentSource } from "@quartet/core";
import { firstSalePermissions as p } from "../../contracts/permissions.ts";
import type { FirstSaleSettings } from "../../contracts/settings.ts";
import { documentLinesOf } from "../../domain/document-lines.ts";
import { lineOf } from "../services/deals/deal-view.ts";
import { linesOf, requireDeal } from "../services/deals/load-deal.ts";

/**
 * Счёт на оплату from a deal's lines, to the deal's client, payable in the organisation's usual
 * days. Issued by whoever works deals, read by whoever sees them; a deal the actor may not see
 * is `NOT_FOUND`, as `deals.get` answers. A deal with only an estimate has no lines to print.
 */
export const dealInvoiceSource: DocumentSource<FirstSaleSettings> = {
  type: "first-sale.invoice",
  subject: "first-sale.deal",
  name: { ru: "Счёт на оплату", en: "Invoice" },
  layout: "invoice",
  permission: p.dealsWrite.id,
  readPermission: p.dealsRead.id,
  async build(ctx, dealId, locale) {
    const deal = await requireDeal(ctx.org.db, ctx.actor, dealId);
    const currency = deal.currency as CurrencyCode;
    const lines = (await linesOf(ctx.org.db, deal.id)).map((row) => lineOf(row, currency));
    return { clientId: deal.clientId, currency, lines: documentLinesOf(lines, locale) };
  },
};

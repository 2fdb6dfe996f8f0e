import { type CurrencyCode, money } from "@quartet/core";
import { renderProposalHtml } from "../../../domain/proposal-html.ts";
import { type FirstSaleContext, orgInfo, recordsOf } from "../../context.ts";
import { requireProposal, versionOf } from "./load-proposal.ts";
import { dealLineOf } from "./write-version.ts";

/**
 * A proposal version as a self-contained HTML document for printing, in the organisation's
 * language. Proposals are private: this is a query behind `first-sale.deals.read`, never a public URL.
 */
export async function printableProposal({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: { proposalId: string; version?: number | undefined };
}) {
  const db = ctx.org.db;
  const { proposal, deal } = await requireProposal(db, ctx.actor, input.proposalId);
  const version = await versionOf(db, proposal.id, input.version);
  const org = await orgInfo(ctx);
  const client = await recordsOf(ctx).clients.get(deal.clientId);
  const currency = version.currency as CurrencyCode;
  const html = renderProposalHtml({
    locale: org.locale,
    number: proposal.number,
    version: version.version,
    issuedOn: version.issuedOn,
    validUntil: version.validUntil,
    clientName: client?.name ?? deal.title,
    sellerName: version.sellerName,
    lines: version.lines.map((l) => dealLineOf(l, currency)),
    totals: {
      subtotal: money(version.subtotalMinor, currency),
      discount: money(version.discountMinor, currency),
      total: money(version.totalMinor, currency),
    },
    terms: version.terms,
    requisites: version.requisites,
  });
  return { html, fileName: `${proposal.number}-v${version.version}.html` };
}

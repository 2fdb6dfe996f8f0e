import type { CurrencyCode, DocumentSource } from "@quartet/core";
import { firstSalePermissions as p } from "../../contracts/permissions.ts";
import type { FirstSaleSettings } from "../../contracts/settings.ts";
import { documentLinesOf } from "../../domain/document-lines.ts";
import { requireProposal, versionOf } from "../services/proposals/load-proposal.ts";
import { dealLineOf } from "../services/proposals/write-version.ts";
import { managerOf } from "./manager.ts";

/**
 * Коммерческое предложение from a proposal's current version: its lines with their discounts,
 * currency, the last day it holds, its terms as the opening paragraph, and the deal's hunter
 * as the manager to call, under the proposal's own number. Issued by whoever writes proposals, read by whoever sees deals; a
 * proposal of a deal the actor may not see is `NOT_FOUND`, as `proposals.get` answers.
 */
export const proposalSource: DocumentSource<FirstSaleSettings> = {
  type: "first-sale.proposal",
  subject: "first-sale.proposal",
  name: { ru: "Коммерческое предложение", en: "Commercial proposal" },
  layout: "proposal",
  permission: p.proposalsWrite.id,
  readPermission: p.dealsRead.id,
  async build(ctx, proposalId, locale) {
    const { proposal, deal } = await requireProposal(ctx.org.db, ctx.actor, proposalId);
    const version = await versionOf(ctx.org.db, proposal.id);
    const currency = version.currency as CurrencyCode;
    return {
      clientId: deal.clientId,
      // The number the deal page shows (P-000001), so the PDF and the card name it alike.
      number: proposal.number,
      currency,
      lines: documentLinesOf(
        version.lines.map((line) => dealLineOf(line, currency)),
        locale,
      ),
      validUntil: version.validUntil,
      ...(version.terms ? { intro: version.terms } : {}),
      ...(await managerOf(ctx, deal.hunterId)),
    };
  },
};

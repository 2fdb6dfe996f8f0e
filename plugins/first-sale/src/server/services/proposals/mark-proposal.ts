import type { CurrencyCode, WriteScope } from "@quartet/core";
import { eq } from "drizzle-orm";
import { proposals } from "../../../db/schema.ts";
import { entryText, proposalText } from "../../../domain/deal-texts.ts";
import { assertProposalStatus } from "../../../domain/proposal-status.ts";
import { type FirstSaleContext, type OrgInfo, recordsOf } from "../../context.ts";
import type { DealRow } from "../deals/load-deal.ts";
import { replaceLines } from "../deals/replace-lines.ts";
import { type ProposalRow, versionOf } from "./load-proposal.ts";
import { dealLineOf } from "./write-version.ts";

/** What a proposal can be marked: handed to the client, or the client's answer. */
export type ProposalMark = "sent" | "accepted" | "declined";

const stamp = { sent: "sentAt", accepted: "acceptedAt", declined: "declinedAt" } as const;

/**
 * Marks a proposal inside `scope`: its status and the moment (`CONFLICT` for a move the status
 * does not allow), a timeline entry and the audit. An accepted proposal's lines become the
 * deal's lines while the deal is open and not invoiced yet, so the invoice bills what the client
 * accepted. Shared by the hand mark (`proposals.setStatus`) and the mail of its PDF.
 */
export async function markProposal(
  ctx: FirstSaleContext,
  scope: WriteScope,
  org: OrgInfo,
  target: { proposal: ProposalRow; deal: DealRow },
  status: ProposalMark,
) {
  const { proposal, deal } = target;
  assertProposalStatus(proposal.status, status);
  const now = ctx.clock.now();
  const change = { status, [stamp[status]]: now, updatedAt: now };
  await scope.tx.update(proposals).set(change).where(eq(proposals.id, proposal.id));
  if (status === "accepted" && deal.status === "open" && !deal.orderId) {
    const version = await versionOf(scope.tx, proposal.id);
    const currency = version.currency as CurrencyCode;
    await replaceLines(
      ctx,
      scope,
      deal,
      version.lines.map((l) => dealLineOf(l, currency)),
    );
  }
  await recordsOf(ctx).timeline.add(scope, {
    clientId: deal.clientId,
    type: "system",
    function: "first-sale",
    ...entryText(org.locale, proposalText(proposal.number, status), {
      event: `proposal-${status}`,
      proposalId: proposal.id,
      dealId: deal.id,
      version: proposal.currentVersion,
    }),
  });
  await scope.audit({
    action: `first-sale.proposal.${status}`,
    entity: "proposal",
    entityId: proposal.id,
    before: { status: proposal.status },
    after: change,
  });
  return { ...proposal, ...change };
}

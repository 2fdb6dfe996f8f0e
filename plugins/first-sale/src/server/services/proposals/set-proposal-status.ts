import type { CurrencyCode } from "@quartet/core";
import { eq } from "drizzle-orm";
import { proposals } from "../../../db/schema.ts";
import { entryText, proposalText } from "../../../domain/deal-texts.ts";
import { assertProposalStatus } from "../../../domain/proposal-status.ts";
import { type FirstSaleContext, orgInfo, recordsOf } from "../../context.ts";
import { replaceLines } from "../deals/replace-lines.ts";
import { requireProposal, versionOf } from "./load-proposal.ts";
import { dealLineOf } from "./write-version.ts";

const stamp = { sent: "sentAt", accepted: "acceptedAt", declined: "declinedAt" } as const;

/**
 * Marks a proposal sent, accepted or declined (a timeline entry each). An accepted proposal's
 * lines become the deal's lines while the deal is open and not invoiced yet, so the invoice
 * bills what the client accepted.
 */
export async function setProposalStatus({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: { proposalId: string; status: "sent" | "accepted" | "declined" };
}) {
  const org = await orgInfo(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    const { proposal, deal } = await requireProposal(scope.tx, ctx.actor, input.proposalId);
    assertProposalStatus(proposal.status, input.status);
    const now = ctx.clock.now();
    const change = { status: input.status, [stamp[input.status]]: now, updatedAt: now };
    await scope.tx.update(proposals).set(change).where(eq(proposals.id, proposal.id));
    if (input.status === "accepted" && deal.status === "open" && !deal.orderId) {
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
      ...entryText(org.locale, proposalText(proposal.number, input.status), {
        event: `proposal-${input.status}`,
        proposalId: proposal.id,
        dealId: deal.id,
        version: proposal.currentVersion,
      }),
    });
    await scope.audit({
      action: `first-sale.proposal.${input.status}`,
      entity: "proposal",
      entityId: proposal.id,
      before: { status: proposal.status },
      after: change,
    });
    return { ...proposal, ...change };
  });
}

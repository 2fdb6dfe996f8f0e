import { type FirstSaleContext, orgInfo } from "../../context.ts";
import { requireProposal } from "./load-proposal.ts";
import { markProposal, type ProposalMark } from "./mark-proposal.ts";

/**
 * Marks a proposal sent, accepted or declined by hand (a timeline entry each); an accepted
 * proposal's lines become the deal's lines (see `markProposal`).
 */
export async function setProposalStatus({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: { proposalId: string; status: ProposalMark };
}) {
  const org = await orgInfo(ctx);
  return ctx.org.write(ctx.actor, async (scope) => {
    const target = await requireProposal(scope.tx, ctx.actor, input.proposalId);
    return markProposal(ctx, scope, org, target, input.status);
  });
}

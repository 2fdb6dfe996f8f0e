import { router } from "@quartet/core/trpc";
import { z } from "zod";
import { m } from "../../contracts/messages.ts";
import { firstSalePermissions as p } from "../../contracts/permissions.ts";
import { proc } from "../procedures.ts";
import { createProposal } from "../services/proposals/create-proposal.ts";
import { getProposal } from "../services/proposals/get-proposal.ts";
import { listProposals } from "../services/proposals/list-proposals.ts";
import * as input from "../services/proposals/proposal-input.ts";
import { reviseProposal } from "../services/proposals/revise-proposal.ts";
import { setProposalStatus } from "../services/proposals/set-proposal-status.ts";

const read = proc(p.dealsRead);
const write = proc(p.proposalsWrite);

/** `firstSale.proposals`: versioned commercial proposals of deals (their PDFs are core's documents of type `first-sale.proposal`). */
export const proposalsRouter = router({
  list: read
    .input(z.object({ dealId: z.string().min(1, m.chooseDeal) }))
    .query(({ ctx, input }) => listProposals({ ctx: ctx.service, input })),
  get: read.input(input.proposalId).query(({ ctx, input }) => getProposal({ ctx: ctx.service, input })),
  create: write
    .input(input.createProposalInput)
    .mutation(({ ctx, input }) => createProposal({ ctx: ctx.service, input })),
  revise: write
    .input(input.reviseProposalInput)
    .mutation(({ ctx, input }) => reviseProposal({ ctx: ctx.service, input })),
  setStatus: write
    .input(input.setProposalStatusInput)
    .mutation(({ ctx, input }) => setProposalStatus({ ctx: ctx.service, input })),
});

import { router } from "@quartet/core/trpc";
import { firstSalePermissions as p } from "../../contracts/permissions.ts";
import { proc } from "../procedures.ts";
import { clientLeads, clientLeadsInput } from "../services/leads/client-leads.ts";
import { createDealsForLeads, createDealsForLeadsInput } from "../services/leads/create-deals-for-leads.ts";
import { pendingLeads } from "../services/leads/pending-leads.ts";

const read = proc(p.dealsRead);
const write = proc(p.dealsWrite);

/** `firstSale.leads`: prospecting's qualified leads as first sale sees them — with or without a deal. */
export const leadsRouter = router({
  /** How many leads are qualified and how many have no deal (e.g. qualified before first sale was on). */
  pending: read.query(({ ctx }) => pendingLeads({ ctx: ctx.service })),
  /** A client's qualified leads without a deal, to link a new or existing deal to. */
  ofClient: read.input(clientLeadsInput).query(({ ctx, input }) => clientLeads({ ctx: ctx.service, input })),
  /** Opens deals for the next batch of leads without one; call again with `nextCursor` until it is null. */
  createDeals: write
    .input(createDealsForLeadsInput)
    .mutation(({ ctx, input }) => createDealsForLeads({ ctx: ctx.service, input })),
});

import { cleanText } from "@quartet/core";
import { router } from "@quartet/core/trpc";
import { z } from "zod";
import { firstSalePermissions as p } from "../../contracts/permissions.ts";
import { proc } from "../procedures.ts";
import { board, boardInput } from "../services/deals/board.ts";
import { createDeal } from "../services/deals/create-deal.ts";
import * as input from "../services/deals/deal-input.ts";
import { dealNames, dealNamesInput } from "../services/deals/deal-names.ts";
import { getDeal } from "../services/deals/get-deal.ts";
import { issueInvoice } from "../services/deals/issue-invoice.ts";
import { listDeals, listDealsInput } from "../services/deals/list-deals.ts";
import { markContractSigned } from "../services/deals/mark-contract-signed.ts";
import { moveStage } from "../services/deals/move-stage.ts";
import { pageDeals, pageDealsInput } from "../services/deals/page-deals.ts";
import { reopenDeal } from "../services/deals/reopen-deal.ts";
import { setLines } from "../services/deals/set-lines.ts";
import { setNextStep } from "../services/deals/set-next-step.ts";
import { updateDeal } from "../services/deals/update-deal.ts";
import { dealOfLead, dealOfLeadInput } from "../services/leads/deal-of-lead.ts";
import { linkLead, linkLeadInput } from "../services/leads/link-lead.ts";

const read = proc(p.dealsRead);
const write = proc(p.dealsWrite);

/** `firstSale.deals`: deals from lead to money received. */
export const dealsRouter = router({
  /** The board of a pipeline with its filters, column sums and the total of its open deals. */
  board: read.input(boardInput).query(({ ctx, input }) => board({ ctx: ctx.service, input })),
  list: read.input(listDealsInput).query(({ ctx, input }) => listDeals({ ctx: ctx.service, input })),
  /** The list screen's page: any order, a page number's offset, and the total. */
  page: read.input(pageDealsInput).query(({ ctx, input }) => pageDeals({ ctx: ctx.service, input })),
  get: read.input(input.dealId).query(({ ctx, input }) => getDeal({ ctx: ctx.service, input })),
  /** Client and member names for the board, the list and the deal page. */
  names: read.input(dealNamesInput).query(({ ctx, input }) => dealNames({ ctx: ctx.service, input })),
  /** The organisation's won rule and lost reasons, for the deal screens. */
  policy: read.query(({ ctx }) => ({
    wonWhen: ctx.service.settings.wonWhen,
    lostReasons: ctx.service.settings.lostReasons,
  })),
  /** The deal of a qualified lead (its request id in prospecting), or null. */
  ofLead: read.input(dealOfLeadInput).query(({ ctx, input }) => dealOfLead({ ctx: ctx.service, input })),
  /** Links a deal to one of its client's qualified leads. */
  linkLead: write.input(linkLeadInput).mutation(({ ctx, input }) => linkLead({ ctx: ctx.service, input })),
  create: write
    .input(input.createDealInput)
    .mutation(({ ctx, input }) => createDeal({ ctx: ctx.service, input })),
  update: write
    .input(input.updateDealInput)
    .mutation(({ ctx, input }) => updateDeal({ ctx: ctx.service, input })),
  setLines: write
    .input(input.dealId.extend({ lines: input.dealLinesInput }))
    .mutation(({ ctx, input }) => setLines({ ctx: ctx.service, input })),
  moveStage: write
    .input(input.moveStageInput)
    .mutation(({ ctx, input }) => moveStage({ ctx: ctx.service, input })),
  markContractSigned: write
    .input(input.dealId)
    .mutation(({ ctx, input }) => markContractSigned({ ctx: ctx.service, input })),
  reopen: write
    .input(input.dealId.extend({ stageId: z.string().min(1).optional() }))
    .mutation(({ ctx, input }) => reopenDeal({ ctx: ctx.service, input })),
  setNextStep: write
    .input(input.dealId.extend(input.nextStepInput.shape))
    .mutation(({ ctx, input }) => setNextStep({ ctx: ctx.service, input })),
  issueInvoice: write
    .input(
      input.dealId.extend({
        orderedOn: input.businessDate.optional(),
        note: cleanText(2000, "multiline").nullish(),
      }),
    )
    .mutation(({ ctx, input }) => issueInvoice({ ctx: ctx.service, input })),
});

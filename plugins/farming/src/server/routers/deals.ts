import { router } from "@quartet/core/trpc";
import { farmingPermissions as p } from "../../contracts/permissions.ts";
import { proc } from "../procedures.ts";
import { board } from "../services/deals/board.ts";
import { createDeal } from "../services/deals/create-deal.ts";
import * as input from "../services/deals/deal-input.ts";
import { getDeal } from "../services/deals/get-deal.ts";
import { issueInvoice } from "../services/deals/issue-invoice.ts";
import { listDeals, listDealsInput } from "../services/deals/list-deals.ts";
import { loseDeal } from "../services/deals/lose-deal.ts";
import { moveDeal } from "../services/deals/move-deal.ts";
import { reopenDeal } from "../services/deals/reopen-deal.ts";
import { updateDeal } from "../services/deals/update-deal.ts";

const read = proc(p.dealsRead);
const write = proc(p.dealsWrite);

/** `farming.deals`: expansion deals (upsell, cross-sell) from idea to a paid order. */
export const dealsRouter = router({
  board: read.input(input.boardInput).query(({ ctx, input }) => board({ ctx: ctx.service, input })),
  list: read.input(listDealsInput).query(({ ctx, input }) => listDeals({ ctx: ctx.service, input })),
  get: read.input(input.dealIdInput).query(({ ctx, input }) => getDeal({ ctx: ctx.service, input })),
  create: write
    .input(input.createDealInput)
    .mutation(({ ctx, input }) => createDeal({ ctx: ctx.service, input })),
  update: write
    .input(input.updateDealInput)
    .mutation(({ ctx, input }) => updateDeal({ ctx: ctx.service, input })),
  move: write.input(input.moveDealInput).mutation(({ ctx, input }) => moveDeal({ ctx: ctx.service, input })),
  lose: write.input(input.loseDealInput).mutation(({ ctx, input }) => loseDeal({ ctx: ctx.service, input })),
  reopen: write
    .input(input.reopenDealInput)
    .mutation(({ ctx, input }) => reopenDeal({ ctx: ctx.service, input })),
  issueInvoice: write
    .input(input.issueInvoiceInput)
    .mutation(({ ctx, input }) => issueInvoice({ ctx: ctx.service, input })),
});

import { router } from "@quartet/core/trpc";
import { farmingPermissions as p } from "../../contracts/permissions.ts";
import { proc } from "../procedures.ts";
import { withSystem } from "../services/recompute/system-view.ts";
import { acceptOffer, acceptOfferInput } from "../services/whitespace/accept-offer.ts";
import { dismissOffer, offerInput } from "../services/whitespace/dismiss-offer.ts";
import { matrix, matrixInput } from "../services/whitespace/matrix.ts";
import { listOffers, offersInput } from "../services/whitespace/offers.ts";

const read = proc(p.portfolioRead);

/** `farming.whitespace`: who buys what, cross-sell offers with evidence, and deciding on them. */
export const whitespaceRouter = router({
  matrix: read.input(matrixInput).query(({ ctx, input }) => matrix({ ctx: ctx.service, input })),
  offers: read.input(offersInput).query(({ ctx, input }) => listOffers({ ctx: withSystem(ctx), input })),
  dismiss: proc(p.accountsWrite)
    .input(offerInput)
    .mutation(({ ctx, input }) => dismissOffer({ ctx: withSystem(ctx), input })),
  accept: proc(p.dealsWrite)
    .input(acceptOfferInput)
    .mutation(({ ctx, input }) => acceptOffer({ ctx: withSystem(ctx), input })),
});

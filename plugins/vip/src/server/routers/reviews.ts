import { router } from "@quartet/core/trpc";
import { vipPermissions as p } from "../../contracts/permissions.ts";
import { proc } from "../procedures.ts";
import { completeReview, completeReviewInput } from "../services/reviews/complete-review.ts";

/** `vip.reviews`: recording periodic account reviews. */
export const reviewsRouter = router({
  complete: proc(p.reviewsWrite)
    .input(completeReviewInput)
    .mutation(({ ctx, input }) => completeReview({ ctx: ctx.service, input })),
});

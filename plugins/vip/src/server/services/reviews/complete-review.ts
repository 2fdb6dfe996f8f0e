import { cleanText, DomainError, newId } from "@quartet/core";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { businessDate } from "../../../contracts/fields.ts";
import { m } from "../../../contracts/messages.ts";
import { reviews, standings } from "../../../db/schema.ts";
import { nextReviewOn } from "../../../domain/review.ts";
import { orgInfo, type VipContext } from "../../context.ts";
import { loadProgram } from "../program/load-program.ts";
import { closeReviewTask } from "./close-review-task.ts";

/** A periodic account review done: the client, what was found and agreed, and the day (today by default). */
export const completeReviewInput = z.object({
  clientId: z.string().min(1, m.chooseClient),
  note: cleanText(5_000, "multiline").min(1, m.writeReview),
  reviewedOn: businessDate.optional(),
});

/**
 * Records a VIP client's account review, audited as `vip.review.complete`, moves its next
 * review `reviewPeriodMonths` on from that day and completes the open review task raised for it. NOT_FOUND for a client the caller does not see,
 * PRECONDITION_FAILED for a client in no tier, BAD_INPUT naming `reviewedOn` for a future day.
 */
export async function completeReview({
  ctx,
  input,
}: {
  ctx: VipContext;
  input: z.infer<typeof completeReviewInput>;
}) {
  if (!(await ctx.records.clients.get(input.clientId)))
    throw new DomainError("NOT_FOUND", m.noSuchClient, { fields: { clientId: m.noSuchClient } });
  const org = await orgInfo(ctx);
  const reviewedOn = input.reviewedOn ?? org.today;
  if (reviewedOn > org.today)
    throw new DomainError("BAD_INPUT", m.reviewAhead, {
      fields: { reviewedOn: m.inFuture },
    });
  return ctx.org.write(ctx.actor, async (scope) => {
    const [standing] = await scope.tx.select().from(standings).where(eq(standings.clientId, input.clientId));
    if (!standing?.tierKey || !standing.since)
      throw new DomainError("PRECONDITION_FAILED", m.onlyVipReviewed);
    const program = await loadProgram(scope.tx);
    const now = ctx.clock.now();
    const row = {
      id: newId("vrv", now),
      clientId: input.clientId,
      reviewedOn,
      note: input.note,
      reviewedBy: ctx.actor.id,
      createdAt: now,
    };
    await scope.tx.insert(reviews).values(row);
    const lastReviewOn =
      standing.lastReviewOn && standing.lastReviewOn > reviewedOn ? standing.lastReviewOn : reviewedOn;
    const next = nextReviewOn({
      lastReviewOn,
      tierSince: standing.since,
      periodMonths: program.reviewPeriodMonths,
    });
    await scope.tx
      .update(standings)
      .set({ lastReviewOn, nextReviewOn: next, reviewTaskId: null, updatedAt: now })
      .where(eq(standings.clientId, input.clientId));
    await closeReviewTask(ctx, scope, input.clientId, standing.reviewTaskId);
    await scope.audit({
      action: "vip.review.complete",
      entity: "client",
      entityId: input.clientId,
      after: row,
    });
    return { reviewId: row.id, reviewedOn, nextReviewOn: next };
  });
}

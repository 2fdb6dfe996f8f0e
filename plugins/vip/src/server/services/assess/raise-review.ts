import { isReviewDue } from "../../../domain/review.ts";
import { reviewTaskTitle } from "../../../domain/task-texts.ts";
import type { Judged } from "./judged.ts";

/**
 * Raises the periodic review task for the key-account manager when the client's review is due,
 * once per review date. Returns the review date a task exists for.
 */
export async function raiseReview(
  { ctx, scope, org, client }: Judged,
  nextReviewOn: string | null,
  managerId: string | null,
  raisedFor: string | null,
): Promise<string | null> {
  if (nextReviewOn === null || raisedFor === nextReviewOn || managerId === null) return raisedFor;
  if (!isReviewDue(nextReviewOn, org.today)) return raisedFor;
  await ctx.records.tasks.create(scope, {
    clientId: client.id,
    title: reviewTaskTitle(org.locale, { clientName: client.name, dueOn: nextReviewOn }),
    function: "vip",
    assigneeId: managerId,
    dueAt: ctx.clock.now(),
  });
  return nextReviewOn;
}

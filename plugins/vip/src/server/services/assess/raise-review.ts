import { isReviewDue } from "../../../domain/review.ts";
import { reviewTaskTitle } from "../../../domain/task-texts.ts";
import type { Judged } from "./judged.ts";

/** The review date a task was raised for, and that task (closed when the review is recorded). */
export type RaisedReview = { reviewTaskFor: string | null; reviewTaskId: string | null };

/**
 * Raises the periodic review task for the key-account manager when the client's review is due,
 * once per review date. Returns the review date a task exists for and the task's id.
 */
export async function raiseReview(
  { ctx, scope, org, client }: Judged,
  nextReviewOn: string | null,
  managerId: string | null,
  raised: RaisedReview,
): Promise<RaisedReview> {
  if (nextReviewOn === null || raised.reviewTaskFor === nextReviewOn || managerId === null) return raised;
  if (!isReviewDue(nextReviewOn, org.today)) return raised;
  const task = await ctx.records.tasks.create(scope, {
    clientId: client.id,
    title: reviewTaskTitle(org.locale, { clientName: client.name, dueOn: nextReviewOn }),
    function: "vip",
    assigneeId: managerId,
    dueAt: ctx.clock.now(),
  });
  return { reviewTaskFor: nextReviewOn, reviewTaskId: task.id };
}

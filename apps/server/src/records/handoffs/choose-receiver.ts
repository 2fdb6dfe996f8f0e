import { describeAssignment, type Locale, type SalesFunction, type WriteScope } from "@quartet/core";
import { functionAssignments } from "@quartet/db/org";
import { and, eq } from "drizzle-orm";
import type { ClientRow } from "../clients/index.ts";
import { ownersOf } from "../clients/index.ts";
import type { RecordsContext } from "../timeline/context.ts";
import { requireMember } from "../timeline/members.ts";

/** Who receives a handoff and why: `chosen`, `chosen-not-covering`, or the engine's reason (`nobody-covers` with no receiver). */
export type ReceiverChoice = { receiverId: string | null; assignmentReason: string; explanation: string };

/**
 * The receiver of a handoff: the member chosen by hand (who should cover `to`, but must at
 * least belong to the organisation — `BAD_INPUT` naming `receiverId`), or the assignment
 * engine's pick, preferring the client's current owner for `to`. When nobody can take it the
 * receiver is null and the reason says why, so the missing leg shows.
 */
export async function chooseReceiver(
  ctx: RecordsContext,
  scope: WriteScope,
  client: ClientRow,
  to: SalesFunction,
  chosenId: string | null | undefined,
  locale: Locale,
): Promise<ReceiverChoice> {
  if (chosenId) {
    const member = await requireMember(ctx, chosenId, "receiverId");
    const [covers] = await scope.tx
      .select({ userId: functionAssignments.userId })
      .from(functionAssignments)
      .where(and(eq(functionAssignments.userId, chosenId), eq(functionAssignments.function, to)));
    const assignmentReason = covers ? "chosen" : "chosen-not-covering";
    const explanation =
      locale === "ru" ? `Получатель выбран вручную: ${member.name}` : `Chosen by hand: ${member.name}`;
    return { receiverId: chosenId, assignmentReason, explanation };
  }
  const result = await ctx.people.assignWork(scope, {
    orgId: ctx.org.orgId,
    function: to,
    subject: client.id,
    preferredUserId: ownersOf(client)[to],
  });
  return {
    receiverId: result.ok ? result.userId : null,
    assignmentReason: result.reason,
    explanation: describeAssignment(result, locale),
  };
}

import { DomainError } from "@quartet/core";
import { listMembers } from "../../../db/calling.ts";
import type { ProspectingContext } from "../../context.ts";
import { heldRecord, stillHeld } from "./held-record.ts";

/** Gives a held record back without a call (end of shift): it returns to the queue, a booked callback stays booked. */
export async function releaseRecord({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { memberId: string };
}) {
  const member = await heldRecord(ctx, input.memberId);
  return ctx.org.write(ctx.actor, async ({ tx }) => {
    const [row] = await tx
      .update(listMembers)
      .set({
        state: member.callbackCallerId || member.lastDisposition === "callback" ? "callback" : "queued",
        claimedBy: null,
        claimedAt: null,
        leaseUntil: null,
        scriptAnswers: [],
        updatedAt: ctx.clock.now(),
      })
      .where(stillHeld(ctx, member.id))
      .returning({ id: listMembers.id, state: listMembers.state });
    if (!row) throw new DomainError("CONFLICT", "You no longer hold this record");
    return row;
  });
}

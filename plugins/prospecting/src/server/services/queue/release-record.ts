import { DomainError } from "@quartet/core";
import { sql } from "drizzle-orm";
import { m as messages } from "../../../contracts/messages.ts";
import { listMembers } from "../../../db/calling.ts";
import type { ProspectingContext } from "../../context.ts";
import { heldRecord, stillHeld } from "./held-record.ts";

const m = listMembers;

/**
 * Gives a held record back without a call (end of shift): it returns to the queue, a booked
 * callback stays booked. One `UPDATE … RETURNING` guarded by `stillHeld`; only when it matches
 * nothing is the record read, to answer NOT_FOUND or CONFLICT as `heldRecord` does.
 */
export async function releaseRecord({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { memberId: string };
}) {
  const [row] = await ctx.org.write(ctx.actor, async ({ tx }) =>
    tx
      .update(m)
      .set({
        state: sql`case when ${m.callbackCallerId} is not null or ${m.lastDisposition} = 'callback' then 'callback' else 'queued' end`,
        claimedBy: null,
        claimedAt: null,
        leaseUntil: null,
        scriptAnswers: [],
        pbxCall: null,
        updatedAt: ctx.clock.now(),
      })
      .where(stillHeld(ctx, input.memberId))
      .returning({ id: m.id, state: m.state }),
  );
  if (row) return row;
  await heldRecord(ctx, input.memberId); // NOT_FOUND or CONFLICT
  throw new DomainError("CONFLICT", messages.noLongerHeld);
}

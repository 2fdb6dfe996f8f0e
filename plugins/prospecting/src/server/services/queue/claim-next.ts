import { DomainError } from "@quartet/core";
import { and, asc, eq, gt, inArray, isNull, lt, lte, notExists, or, sql } from "drizzle-orm";
import { listMembers } from "../../../db/calling.ts";
import { doNotCall } from "../../../db/channels.ts";
import { isCallable } from "../../../domain/calling-window.ts";
import type { ProspectingContext } from "../../context.ts";
import { loadCampaign } from "../campaigns/update-campaign.ts";
import { callScreenOf } from "./call-screen.ts";

/** How long a claim holds a record; `next` renews it, an expired one returns to the queue. */
export const claimLeaseMs = 15 * 60_000;
/** After this long past its time, a callback booked for one caller may go to anyone. */
export const callbackGraceMs = 2 * 3_600_000;

/**
 * Hands the caller the next record of a campaign. A caller holds at most one record per
 * campaign: asking again returns (and renews) it. Otherwise one atomic
 * `UPDATE … WHERE id = (SELECT … LIMIT 1) RETURNING` under the organisation's write lock claims a
 * record nobody holds: queued, a callback due for this caller (first) or for anyone, or one whose
 * lease expired — due now, inside the calling window in its zone, its phone not on the
 * do-not-call list. Null when nothing is callable now.
 */
export async function claimNext({ ctx, input }: { ctx: ProspectingContext; input: { campaignId: string } }) {
  const campaign = await loadCampaign(ctx, input.campaignId);
  if (campaign.status !== "active") throw new DomainError("PRECONDITION_FAILED", "The campaign is paused");
  const me = ctx.actor.id;
  const zones = await ctx.org.db
    .selectDistinct({ zone: listMembers.timeZone })
    .from(listMembers)
    .where(eq(listMembers.listId, campaign.listId));
  const claimed = await ctx.org.write(ctx.actor, async ({ tx }) => {
    const now = ctx.clock.now();
    const open = zones.map((z) => z.zone).filter((zone) => isCallable(now, zone, campaign.window));
    const [held] = await tx
      .update(listMembers)
      .set({ leaseUntil: now + claimLeaseMs, updatedAt: now })
      .where(
        and(
          eq(listMembers.listId, campaign.listId),
          eq(listMembers.claimedBy, me),
          eq(listMembers.state, "claimed"),
          gt(listMembers.leaseUntil, now),
        ),
      )
      .returning();
    if (held || open.length === 0) return held ?? null;
    const candidate = tx
      .select({ id: listMembers.id })
      .from(listMembers)
      .where(
        and(
          eq(listMembers.listId, campaign.listId),
          inArray(listMembers.timeZone, open),
          lte(listMembers.availableAt, now),
          or(
            inArray(listMembers.state, ["queued", "callback"]),
            and(eq(listMembers.state, "claimed"), lt(listMembers.leaseUntil, now)),
          ),
          or(
            isNull(listMembers.callbackCallerId),
            eq(listMembers.callbackCallerId, me),
            lte(listMembers.availableAt, now - callbackGraceMs),
          ),
          notExists(tx.select({ one: sql`1` }).from(doNotCall).where(eq(doNotCall.phone, listMembers.phone))),
        ),
      )
      .orderBy(
        sql`case when ${listMembers.callbackCallerId} = ${me} then 0 else 1 end`,
        asc(listMembers.availableAt),
        asc(listMembers.id),
      )
      .limit(1);
    const [row] = await tx
      .update(listMembers)
      .set({
        state: "claimed",
        claimedBy: me,
        claimedAt: now,
        leaseUntil: now + claimLeaseMs,
        scriptAnswers: [],
        updatedAt: now,
      })
      .where(inArray(listMembers.id, candidate))
      .returning();
    return row ?? null;
  });
  return claimed ? callScreenOf(ctx, claimed, campaign) : null;
}

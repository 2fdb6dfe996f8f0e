import { DomainError } from "@quartet/core";
import { and, eq, gt } from "drizzle-orm";
import { listMembers } from "../../../db/calling.ts";
import { isCallable } from "../../../domain/calling-window.ts";
import type { ProspectingContext } from "../../context.ts";
import { loadCampaign } from "../campaigns/update-campaign.ts";
import { callScreenOf } from "./call-screen.ts";
import { claimLeaseMs, nextRecordId, zonesOf } from "./queue-probes.ts";

export { callbackGraceMs, claimLeaseMs } from "./queue-probes.ts";

/**
 * Hands the caller the next record of a campaign. A caller holds at most one record per
 * campaign: asking again returns (and renews) it. Otherwise one atomic
 * `UPDATE … WHERE id = (SELECT … LIMIT 1) RETURNING` under the organisation's write lock
 * (`nextRecordId`: four index-ordered probes) claims a record nobody holds: queued, a callback due for this caller (first) or for anyone, or one whose
 * lease expired — due now, inside the calling window in its zone, its phone not on the
 * do-not-call list. Null when nothing is callable now.
 */
export async function claimNext({ ctx, input }: { ctx: ProspectingContext; input: { campaignId: string } }) {
  const campaign = await loadCampaign(ctx, input.campaignId);
  if (campaign.status !== "active") throw new DomainError("PRECONDITION_FAILED", "The campaign is paused");
  const me = ctx.actor.id;
  const zones = await ctx.org.db.all<{ zone: string }>(zonesOf(campaign.listId));
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
      .where(eq(listMembers.id, nextRecordId(campaign.listId, me, open, now)))
      .returning();
    return row ?? null;
  });
  return claimed ? callScreenOf(ctx, claimed, campaign) : null;
}

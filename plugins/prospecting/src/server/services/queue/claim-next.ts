import { DomainError } from "@quartet/core";
import { m } from "../../../contracts/messages.ts";
import type { ProspectingContext } from "../../context.ts";
import { loadCampaign } from "../campaigns/update-campaign.ts";
import { callScreenOf, type ScreenMember } from "./call-screen.ts";
import { type ClaimedRow, claimStatement } from "./claim-statement.ts";
import { openZones } from "./open-zones.ts";
import { zonesOf } from "./queue-probes.ts";

export { callbackGraceMs, claimLeaseMs } from "./queue-probes.ts";

/**
 * Hands the caller the next record of a campaign. A caller holds at most one record per
 * campaign: asking again returns (and renews) it. Otherwise the same atomic
 * `UPDATE … WHERE id = coalesce(held, next) RETURNING` under the organisation's write lock
 * (`claimStatement`; `nextRecordId`: four index-ordered probes) claims a record nobody holds: queued, a callback due for this caller (first) or for anyone, or one whose
 * lease expired — due now, inside the calling window in its zone, its phone not on the
 * do-not-call list. Null when nothing is callable now.
 */
export async function claimNext({ ctx, input }: { ctx: ProspectingContext; input: { campaignId: string } }) {
  const campaign = await loadCampaign(ctx, input.campaignId);
  if (campaign.status !== "active") throw new DomainError("PRECONDITION_FAILED", m.campaignPaused);
  const zones = await ctx.org.db.all<{ zone: string }>(zonesOf(campaign.listId));
  const [claimed] = await ctx.org.write(ctx.actor, async ({ tx }) => {
    const now = ctx.clock.now();
    const open = openZones(
      zones.map((z) => z.zone),
      campaign.window,
      now,
    );
    return tx.all<ClaimedRow>(claimStatement({ listId: campaign.listId, caller: ctx.actor.id, open, now }));
  });
  return claimed ? callScreenOf(ctx, claimedMember(claimed), campaign) : null;
}

function claimedMember(row: ClaimedRow): ScreenMember {
  return {
    id: row.id,
    clientId: row.client_id,
    clientCard: JSON.parse(row.client_card) as ScreenMember["clientCard"],
    phone: row.phone,
    timeZone: row.time_zone,
    leaseUntil: row.lease_until,
    scriptAnswers: JSON.parse(row.script_answers) as ScreenMember["scriptAnswers"],
  };
}

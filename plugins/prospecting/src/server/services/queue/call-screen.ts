import { and, desc, eq } from "drizzle-orm";
import { calls, campaigns, listMembers, type PbxCallResult } from "../../../db/calling.ts";
import { tomorrowMorning } from "../../../domain/callback-times.ts";
import { stepOf } from "../../../domain/next-step.ts";
import { outcomeOfPbx, pbxConnected } from "../../../domain/pbx-outcome.ts";
import { walkScript } from "../../../domain/walk-script.ts";
import { orgTimeZone, type ProspectingContext } from "../../context.ts";
import { dialledResult } from "../pbx/dialled-result.ts";
import { clientCardOf } from "./client-card.ts";
import type { MemberRow } from "./held-record.ts";
import { memoizedScriptGraph } from "./script-graph-memo.ts";

/** The PBX's end of the dialled call as the screen shows it. */
function pbxView(result: PbxCallResult | null) {
  if (!result) return null;
  return {
    disposition: result.disposition,
    durationSec: result.durationSec,
    connected: pbxConnected(result.disposition),
    outcome: outcomeOfPbx(result.disposition),
  };
}

/** What the call screen needs of a claimed record (a fresh claim has no PBX result yet). */
export type ScreenMember = Pick<
  MemberRow,
  "id" | "clientId" | "clientCard" | "phone" | "timeZone" | "leaseUntil" | "scriptAnswers"
> &
  Partial<Pick<MemberRow, "pbxCall" | "claimedAt">>;

/**
 * What the call screen shows for a claimed record: the client card (with its contact person), the
 * script step to read now (null once the walk reached an outcome), the answers so far, previous
 * attempts, when "call back tomorrow morning" is (`callbackMorningAt`, the organisation's
 * working-day start tomorrow in its zone, `orgTimeZone`), and the PBX's end of a call dialled
 * through it (`pbx`: disposition, talk time, the outcome to pre-select), null until it ends.
 */
export async function callScreenOf(
  ctx: ProspectingContext,
  member: ScreenMember,
  campaign: typeof campaigns.$inferSelect,
) {
  const { card: client } = await clientCardOf(ctx, member);
  const graph = await memoizedScriptGraph(ctx.org.db, campaign.scriptId, campaign.scriptVersion);
  const walk = walkScript(graph, member.scriptAnswers);
  const zone = await orgTimeZone(ctx);
  const attempts = await ctx.org.db
    .select({
      at: calls.startedAt,
      disposition: calls.disposition,
      callerId: calls.callerId,
      note: calls.note,
    })
    .from(calls)
    .where(eq(calls.clientId, member.clientId))
    .orderBy(desc(calls.startedAt))
    .limit(20);
  return {
    memberId: member.id,
    campaign: { id: campaign.id, name: campaign.name },
    phone: member.phone,
    timeZone: member.timeZone,
    leaseUntil: member.leaseUntil,
    client,
    script: {
      id: campaign.scriptId,
      version: campaign.scriptVersion,
      step: walk.currentStepId ? stepOf(graph, walk.currentStepId) : null,
      outcome: walk.disposition,
      answers: member.scriptAnswers,
    },
    attempts,
    pbx: pbxView(dialledResult({ pbxCall: member.pbxCall ?? null, claimedAt: member.claimedAt ?? null })),
    orgTimeZone: zone,
    callbackMorningAt: tomorrowMorning(ctx.clock.now(), zone),
  };
}

/** The record the acting caller holds now (in a campaign, or any), as the call screen shows it; null when none. */
export async function currentCall({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { campaignId?: string };
}) {
  const held = await ctx.org.db
    .select({ member: listMembers, campaign: campaigns })
    .from(listMembers)
    .innerJoin(campaigns, eq(campaigns.listId, listMembers.listId))
    .where(
      and(
        eq(listMembers.claimedBy, ctx.actor.id),
        eq(listMembers.state, "claimed"),
        ...(input.campaignId ? [eq(campaigns.id, input.campaignId)] : []),
      ),
    )
    .orderBy(desc(listMembers.claimedAt))
    .limit(1);
  const row = held[0];
  return row ? callScreenOf(ctx, row.member, row.campaign) : null;
}

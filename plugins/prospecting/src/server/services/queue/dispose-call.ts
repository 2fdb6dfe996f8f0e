import { DomainError, msg, newId } from "@quartet/core";
import { m } from "../../../contracts/messages.ts";
import { calls, listMembers } from "../../../db/calling.ts";
import type { Disposition } from "../../../domain/dispositions.ts";
import { nextAttempt } from "../../../domain/recycling.ts";
import { type ScriptAnswer, walkScript } from "../../../domain/walk-script.ts";
import type { ProspectingContext } from "../../context.ts";
import { loadCampaign } from "../campaigns/update-campaign.ts";
import { dialledResult } from "../pbx/dialled-result.ts";
import { callColumnsOf } from "../pbx/note-dialled-call.ts";
import { scriptGraphAt } from "../scripts/read-scripts.ts";
import { recordCallEffects } from "./call-effects.ts";
import { campaignOfList } from "./campaign-of-list.ts";
import { clientCardOf } from "./client-card.ts";
import { heldRecord, stillHeld } from "./held-record.ts";

/** How a caller closes a call. Without `answers` the walk kept on the claim is used. */
export type DisposeInput = {
  memberId: string;
  disposition?: Disposition;
  answers?: ScriptAnswer[];
  note?: string | null;
  /** When the client asked to be called back. */
  callbackAt?: number | null;
};

/**
 * Ends a call on the held record: writes the call with its answers and script version, fills the
 * client's custom fields from field steps (deferred to qualification when the caller may not
 * write the client), adds a timeline entry, recycles the record by the campaign's
 * rules, opens a request on `interested` and stops the phone on `do-not-call` — one transaction.
 * A call dialled through the PBX keeps whether it connected and its talk time.
 * The disposition defaults to the outcome the script reached; a different one is refused.
 */
export async function disposeCall({ ctx, input }: { ctx: ProspectingContext; input: DisposeInput }) {
  const member = await heldRecord(ctx, input.memberId);
  const campaign = await loadCampaign(ctx, await campaignOfList(ctx, member.listId));
  const graph = await scriptGraphAt(ctx.org.db, campaign.scriptId, campaign.scriptVersion);
  const answers = input.answers ?? member.scriptAnswers;
  const walk = walkScript(graph, answers);
  if (input.disposition && walk.disposition && input.disposition !== walk.disposition) {
    throw new DomainError("BAD_INPUT", m.scriptEndedIn, {
      params: { disposition: walk.disposition },
      fields: { disposition: msg(m.expected, { disposition: walk.disposition }) },
    });
  }
  const disposition = input.disposition ?? walk.disposition;
  if (!disposition)
    throw new DomainError("BAD_INPUT", m.chooseDisposition, { fields: { disposition: m.required } });
  const { card: client, readable } = await clientCardOf(ctx, member);
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const next = nextAttempt(
      { attempts: member.attempts, timeZone: member.timeZone, callerId: ctx.actor.id },
      disposition,
      {
        maxAttempts: campaign.maxAttempts,
        retryDelaysMinutes: campaign.retryDelays,
        window: campaign.window,
        callbackToSameCaller: campaign.callbackToSameCaller,
      },
      now,
      input.callbackAt,
    );
    const [held] = await scope.tx
      .update(listMembers)
      .set({
        state: next.state,
        attempts: next.attempts,
        availableAt: next.availableAt ?? now,
        lastDisposition: disposition,
        callbackCallerId: next.assignedCallerId ?? null,
        claimedBy: null,
        claimedAt: null,
        leaseUntil: null,
        scriptAnswers: [],
        pbxCall: null,
        updatedAt: now,
      })
      .where(stillHeld(ctx, member.id))
      .returning({ id: listMembers.id });
    if (!held) throw new DomainError("CONFLICT", m.noLongerHeld);
    const callId = newId("call", now);
    const note = input.note?.trim() || null;
    const { requestId, fieldWrites, fieldsApplied } = await recordCallEffects(ctx, scope, {
      callId,
      member,
      campaign,
      client,
      readable,
      disposition,
      walk,
      answers,
      note,
      now,
    });
    await scope.tx.insert(calls).values({
      id: callId,
      campaignId: campaign.id,
      memberId: member.id,
      clientId: member.clientId,
      callerId: ctx.actor.id,
      startedAt: member.claimedAt ?? now,
      endedAt: now,
      disposition,
      answers,
      fieldWrites,
      fieldsAppliedAt: fieldsApplied ? now : null,
      scriptId: campaign.scriptId,
      scriptVersion: campaign.scriptVersion,
      note,
      requestId,
      ...callColumnsOf(dialledResult(member)),
    });
    await scope.audit({
      action: "prospecting.call.dispose",
      entity: "call",
      entityId: callId,
      after: { disposition, next },
    });
    return { callId, disposition, requestId, next };
  });
}

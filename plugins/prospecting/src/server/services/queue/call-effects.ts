import { type WriteScope, wordRef } from "@quartet/core";
import type { ClientCard, campaigns } from "../../../db/calling.ts";
import type { Disposition } from "../../../domain/dispositions.ts";
import { type FieldValues, fieldValuesOf } from "../../../domain/field-writes.ts";
import { timelineTexts } from "../../../domain/timeline-texts.ts";
import type { ScriptAnswer, ScriptWalk } from "../../../domain/walk-script.ts";
import type { ProspectingContext } from "../../context.ts";
import { blockPhone } from "../dnc/block-phone.ts";
import { receiveRequest } from "../inbox/receive-request.ts";
import type { MemberRow } from "./held-record.ts";
import { writeFieldValues } from "./write-field-values.ts";

/**
 * What a call changes outside the call list, inside the dispose transaction: the client's
 * core and custom fields from field steps (when the actor may write the client; otherwise they wait on the
 * call for qualification), a timeline entry, a request on `interested`, the stop list on
 * `do-not-call`.
 */
export async function recordCallEffects(
  ctx: ProspectingContext,
  scope: WriteScope,
  call: {
    callId: string;
    member: MemberRow;
    campaign: typeof campaigns.$inferSelect;
    client: ClientCard;
    /** Whether the actor may read and write the client through core (a caller usually may not). */
    readable: boolean;
    disposition: Disposition;
    walk: ScriptWalk;
    answers: ScriptAnswer[];
    note: string | null;
    now: number;
  },
): Promise<{ requestId: string | null; fieldWrites: FieldValues; fieldsApplied: boolean }> {
  const records = ctx.records;
  const clientId = call.member.clientId;
  const { locale } = await records.people.organisation();
  const fieldWrites: FieldValues = fieldValuesOf(call.walk.writes);
  const fieldsApplied = call.readable && Object.keys(fieldWrites).length > 0;
  if (fieldsApplied) await writeFieldValues(ctx, scope, clientId, fieldWrites);
  const text = timelineTexts.call(call.campaign.name, call.disposition, call.note);
  await records.timeline.add(scope, {
    clientId,
    type: "call",
    function: "prospecting",
    body: wordRef(locale, text),
    data: {
      text,
      callId: call.callId,
      disposition: call.disposition,
      answers: call.answers,
      phone: call.member.phone,
    },
    occurredAt: call.member.claimedAt ?? call.now,
  });
  if (call.disposition === "do-not-call") {
    await blockPhone(scope, {
      phone: call.member.phone,
      reason: "Просьба клиента во время звонка",
      clientId,
      by: ctx.actor.id,
      now: call.now,
    });
  }
  if (call.disposition !== "interested") return { requestId: null, fieldWrites, fieldsApplied };
  const { id } = await receiveRequest(
    scope,
    {
      source: `campaign:${call.campaign.name}`,
      channel: "call",
      utm: { campaign: call.campaign.id },
      consent: false,
      rawPayload: { callId: call.callId, answers: call.answers },
      contact: {
        name: call.client.kind === "person" ? call.client.name : null,
        company: call.client.kind === "company" ? call.client.name : null,
        phone: call.member.phone,
        email: call.client.emails[0] ?? null,
      },
      message: call.note,
      clientId,
      callId: call.callId,
    },
    call.now,
  );
  return { requestId: id, fieldWrites, fieldsApplied };
}

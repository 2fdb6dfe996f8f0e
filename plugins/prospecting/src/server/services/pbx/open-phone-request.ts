import { isE164, type WriteScope, wordMessage } from "@quartet/core";
import { formatPhone } from "@quartet/ui/pure";
import { eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { requests } from "../../../db/requests.ts";
import { pbxConnected } from "../../../domain/pbx-outcome.ts";
import type { ProspectingContext } from "../../context.ts";
import { receiveRequest } from "../inbox/receive-request.ts";
import type { CallEnded } from "./call-ended.ts";

/**
 * An inbound call from a number no client has opens a request: source `phone:<the number called>`
 * (one line per advertising campaign reads as «звонок на +7 (495) …» in the inbox), channel
 * `call`, the caller's number as the contact's phone. A missed one is marked missed and gives one
 * callback task to whoever covers prospecting (core's assignment engine), else to the member the
 * PBX rang; it waits in the inbox until called back (`clearMissedCalls`, or the task done). Once
 * per provider call: a redelivered event finds its request and does nothing.
 */
export async function openPhoneRequest(ctx: ProspectingContext, scope: WriteScope, call: CallEnded) {
  if (call.direction !== "inbound" || call.clientId) return null;
  const key = `${call.adapter}:${call.providerCallId}`;
  const [seen] = await scope.tx
    .select({ id: requests.id })
    .from(requests)
    .where(eq(requests.pbxCallKey, key));
  if (seen) return null;
  const now = ctx.clock.now();
  const from = isE164(call.from) ? call.from : null;
  const line = isE164(call.to) ? call.to : null;
  const created = await receiveRequest(
    scope,
    {
      source: line ? `phone:${line}` : "phone",
      channel: "call",
      utm: {},
      consent: false,
      rawPayload: {
        from: call.from,
        to: call.to,
        disposition: call.disposition,
        durationSec: call.durationSec,
      },
      contact: { name: null, company: null, phone: from, email: null },
      message: null,
      pbxCallKey: key,
    },
    now,
  );
  if (pbxConnected(call.disposition)) return created.id;
  const taskId = await callbackTask(ctx, scope, call, created.id, { from, line });
  await scope.tx
    .update(requests)
    .set({ missedAt: call.startedAt ?? now, callbackTaskId: taskId })
    .where(eq(requests.id, created.id));
  return created.id;
}

async function callbackTask(
  ctx: ProspectingContext,
  scope: WriteScope,
  call: CallEnded,
  requestId: string,
  numbers: { from: string | null; line: string | null },
): Promise<string | null> {
  const chosen = await ctx.records.people.assignWork(scope, {
    function: "prospecting",
    subject: requestId,
    preferredUserId: call.memberId,
  });
  const assigneeId = chosen.ok ? chosen.userId : call.memberId;
  if (!assigneeId) return null;
  const { locale } = await ctx.records.people.organisation();
  const number = numbers.from ? formatPhone(numbers.from) : (call.from ?? "");
  const line = numbers.line ? formatPhone(numbers.line) : (call.to ?? "");
  const task = await ctx.records.tasks.create(scope, {
    clientId: null,
    title: wordMessage(locale, m.missedCallTask, { number }),
    note: wordMessage(locale, m.missedCallNote, { number, line }),
    function: "prospecting",
    assigneeId,
    dueAt: ctx.clock.now(),
  });
  return task.id;
}

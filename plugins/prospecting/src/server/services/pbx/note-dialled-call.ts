import type { WriteScope } from "@quartet/core";
import { and, desc, eq, gte, isNull } from "drizzle-orm";
import { calls, listMembers, type PbxCallResult } from "../../../db/calling.ts";
import { pbxConnected } from "../../../domain/pbx-outcome.ts";
import type { CallEnded } from "./call-ended.ts";

/** How long after its end a dialled call may still be matched to a call the caller already closed. */
const lateEndMs = 60 * 60_000;

/**
 * The end of a call a caller dialled through the PBX (outbound, from their extension, to the number
 * of the record they hold): kept on the record for the call screen to pre-select the outcome, and
 * on its call row once closed. The link is the caller (the extension's member), the number and the
 * time — the PBX's click-to-call gives no id before the call ends. When the caller closed the call
 * before the PBX reported, the end goes on their newest call to that number in the last hour that
 * has none yet. Setting the same values again on a redelivery changes nothing.
 */
export async function noteDialledCall(scope: WriteScope, call: CallEnded, now: number): Promise<boolean> {
  if (call.direction !== "outbound" || !call.memberId || !call.to) return false;
  const result: PbxCallResult = {
    providerCallId: call.providerCallId,
    disposition: call.disposition,
    durationSec: call.durationSec ?? 0,
    endedAt: now,
  };
  const held = await scope.tx
    .update(listMembers)
    .set({ pbxCall: result, updatedAt: now })
    .where(
      and(
        eq(listMembers.claimedBy, call.memberId),
        eq(listMembers.state, "claimed"),
        eq(listMembers.phone, call.to),
      ),
    )
    .returning({ id: listMembers.id });
  if (held.length > 0) return true;
  const [closed] = await scope.tx
    .select({ id: calls.id })
    .from(calls)
    .innerJoin(listMembers, eq(listMembers.id, calls.memberId))
    .where(
      and(
        eq(calls.callerId, call.memberId),
        eq(listMembers.phone, call.to),
        isNull(calls.providerCallId),
        gte(calls.endedAt, now - lateEndMs),
      ),
    )
    .orderBy(desc(calls.endedAt))
    .limit(1);
  if (!closed) return false;
  await scope.tx.update(calls).set(callColumnsOf(result)).where(eq(calls.id, closed.id));
  return true;
}

/** What a call row keeps of the PBX's end of it: connected, talk time, the provider's call id. */
export function callColumnsOf(result: PbxCallResult | null) {
  if (!result) return { connected: null, talkSec: null, providerCallId: null };
  const connected = pbxConnected(result.disposition);
  return { connected, talkSec: connected ? result.durationSec : 0, providerCallId: result.providerCallId };
}

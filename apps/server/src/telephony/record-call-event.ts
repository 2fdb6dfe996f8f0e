import {
  type Actor,
  type CallEvent,
  callEnded,
  callResultOf,
  telephonyMessages as m,
  newId,
  type ServiceContext,
  systemActor,
  type WriteScope,
  wordMessage,
} from "@quartet/core";
import { activities, callEvents, telephonyExtensions } from "@quartet/db/org";
import { and, eq } from "drizzle-orm";
import { addActivity } from "../records/timeline/add-activity.ts";
import { matchNumber } from "./match-number.ts";
import { raiseMissedCallTask } from "./missed-call-task.ts";

/** What the host knows around an event: the adapter, the organisation's language and its members' names. */
export type CallEventSource = {
  adapter: string;
  locale: "ru" | "en";
  memberName: (userId: string) => string | null;
};

/**
 * Keeps one PBX event, once: a repeated delivery (same adapter, call and kind) writes nothing
 * and answers `duplicate`. An `ended` call whose other party's number belongs to a client goes
 * on its timeline as a call (authored by the member behind the extension) with
 * `core.call.ended` in the same transaction (a missed one from a client's number also raises a
 * callback task for its owner); a `recording` marks the call's entry as recorded.
 */
export async function recordCallEvent(ctx: ServiceContext, source: CallEventSource, event: CallEvent) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const now = ctx.clock.now();
    const id = newId("call", now);
    const [userId] = await memberOf(scope, event.extension);
    const inserted = await scope.tx
      .insert(callEvents)
      .values({
        id,
        adapter: source.adapter,
        providerCallId: event.providerCallId,
        kind: event.kind,
        direction: event.direction,
        fromNumber: event.from,
        toNumber: event.to,
        extension: event.extension,
        userId: userId ?? null,
        durationSec: event.durationSec,
        disposition: event.disposition,
        recordingId: event.recording?.id ?? null,
        recordingUrl: event.recording?.url ?? null,
        occurredAt: event.startedAt ?? now,
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: callEvents.id });
    if (inserted.length === 0) return { duplicate: true, activityId: null };
    if (event.kind === "recording")
      return { duplicate: false, activityId: await markRecorded(scope, source, event) };
    if (event.kind !== "ended") return { duplicate: false, activityId: null };
    return {
      duplicate: false,
      activityId: await putOnTimeline(scope, ctx, source, event, id, userId ?? null),
    };
  });
}

async function memberOf(scope: WriteScope, extension: string | null): Promise<string[]> {
  if (!extension) return [];
  const rows = await scope.tx
    .select({ userId: telephonyExtensions.userId })
    .from(telephonyExtensions)
    .where(eq(telephonyExtensions.extension, extension));
  return rows.map((row) => row.userId);
}

async function putOnTimeline(
  scope: WriteScope,
  ctx: ServiceContext,
  source: CallEventSource,
  event: CallEvent,
  callId: string,
  userId: string | null,
): Promise<string | null> {
  const now = ctx.clock.now();
  const number = event.direction === "outbound" ? event.to : event.from;
  const match = await matchNumber(scope.tx, number);
  const recording = event.recording ?? (await earlierRecording(scope, source.adapter, event.providerCallId));
  let activityId: string | null = null;
  if (match.clientId) {
    const text = {
      key: event.direction === "outbound" ? m.outboundCall : m.inboundCall,
      params: { number: number ?? "" },
    };
    const author: Actor = userId
      ? { ...systemActor, kind: "user", id: userId, name: source.memberName(userId) ?? userId }
      : systemActor;
    const durationSec = event.durationSec ?? 0;
    activityId = await addActivity(scope, author, now, {
      clientId: match.clientId,
      type: "call",
      function: null,
      body: wordMessage(source.locale, text.key, text.params),
      text,
      data: {
        call: { result: callResultOf(event.disposition), durationSec },
        pbx: {
          adapter: source.adapter,
          providerCallId: event.providerCallId,
          direction: event.direction,
          disposition: event.disposition,
          from: event.from,
          to: event.to,
          extension: event.extension,
          contactId: match.contactId,
          recorded: recording !== null,
        },
      },
      occurredAt: event.startedAt ?? now - durationSec * 1000,
    });
  }
  await scope.tx
    .update(callEvents)
    .set({
      clientId: match.clientId,
      contactId: match.contactId,
      activityId,
      recordingId: recording?.id ?? null,
    })
    .where(eq(callEvents.id, callId));
  await scope.emit(callEnded, {
    callId,
    adapter: source.adapter,
    providerCallId: event.providerCallId,
    direction: event.direction,
    from: event.from,
    to: event.to,
    extension: event.extension,
    memberId: userId,
    clientId: match.clientId,
    contactId: match.contactId,
    activityId,
    durationSec: event.durationSec,
    disposition: event.disposition,
    startedAt: event.startedAt,
  });
  await raiseMissedCallTask(ctx, scope, {
    event,
    clientId: match.clientId,
    rang: userId,
    locale: source.locale,
  });
  return activityId;
}

/** A recording that arrived before its call's end (providers do not promise the order). */
async function earlierRecording(scope: WriteScope, adapter: string, providerCallId: string) {
  const [row] = await scope.tx
    .select({ id: callEvents.recordingId })
    .from(callEvents)
    .where(
      and(
        eq(callEvents.adapter, adapter),
        eq(callEvents.providerCallId, providerCallId),
        eq(callEvents.kind, "recording"),
      ),
    );
  return row?.id ? { id: row.id, url: null } : null;
}

/** Marks the call's timeline entry as recorded and keeps the recording id on its `ended` row. */
async function markRecorded(
  scope: WriteScope,
  source: CallEventSource,
  event: CallEvent,
): Promise<string | null> {
  const where = and(
    eq(callEvents.adapter, source.adapter),
    eq(callEvents.providerCallId, event.providerCallId),
    eq(callEvents.kind, "ended"),
  );
  const [ended] = await scope.tx.select().from(callEvents).where(where);
  if (!ended) return null;
  await scope.tx
    .update(callEvents)
    .set({ recordingId: event.recording?.id ?? null })
    .where(eq(callEvents.id, ended.id));
  if (!ended.activityId) return null;
  const [entry] = await scope.tx
    .select({ data: activities.data })
    .from(activities)
    .where(eq(activities.id, ended.activityId));
  if (!entry) return null;
  const pbx = { ...(entry.data.pbx as Record<string, unknown> | undefined), recorded: true };
  await scope.tx
    .update(activities)
    .set({ data: { ...entry.data, pbx } })
    .where(eq(activities.id, ended.activityId));
  return ended.activityId;
}

import type { CallEvent, CallMessage, OrgDatabase } from "@quartet/core";
import { telephonyExtensions } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import type { NotificationSignal } from "../notifications/signal.ts";
import { type CallPopups, createCallPopups } from "./call-popups.ts";
import type { CallerReaders } from "./caller-readers.ts";
import { readCaller } from "./read-caller.ts";

/**
 * What the push needs: the organisation's database, the live signal, the popups' memory, members'
 * names, and the readers of a member's role and a client's open deals (caller-readers.ts).
 */
export type CallPushDeps = {
  orgId: string;
  db: OrgDatabase;
  signal: NotificationSignal;
  popups: CallPopups;
  memberName: (userId: string) => string | null;
  readers: CallerReaders;
};

const popupsBySignal = new WeakMap<NotificationSignal, CallPopups>();

/** The popups' memory of a host (one per process, beside its live signal). */
export function callPopupsOf(signal: NotificationSignal): CallPopups {
  let popups = popupsBySignal.get(signal);
  if (!popups) {
    popups = createCallPopups();
    popupsBySignal.set(signal, popups);
  }
  return popups;
}

/**
 * Pushes a PBX event to the members' open tabs, kept nowhere: a ringing extension mapped to a
 * member shows them who is calling, once per call however often it is delivered; an answered or
 * ended call closes the popup of everyone it was shown to. The card is read as that member: a
 * client their role may not see shows as the number only. Recordings, unmapped extensions and
 * extensions of someone no longer a member push nothing. Returns the members pushed to.
 */
export async function pushCallEvent(deps: CallPushDeps, event: CallEvent): Promise<string[]> {
  const send = (userId: string, message: CallMessage) =>
    deps.signal.publish(deps.orgId, userId, { event: "call", data: message });
  if (event.kind === "answered" || event.kind === "ended") {
    const shown = deps.popups.close(deps.orgId, event.providerCallId);
    for (const userId of shown) send(userId, { kind: "closed", callId: event.providerCallId });
    return shown;
  }
  if (event.kind !== "ringing" || !event.extension) return [];
  const [mapped] = await deps.db
    .select({ userId: telephonyExtensions.userId })
    .from(telephonyExtensions)
    .where(eq(telephonyExtensions.extension, event.extension));
  const actor = mapped ? await deps.readers.actorOf(mapped.userId) : null;
  if (!mapped || !actor || !deps.popups.show(deps.orgId, event.providerCallId, mapped.userId)) return [];
  const reader = { actor, memberName: deps.memberName, deals: deps.readers.clientDeals };
  send(mapped.userId, { kind: "ringing", card: await readCaller(deps.db, event, reader) });
  return [mapped.userId];
}

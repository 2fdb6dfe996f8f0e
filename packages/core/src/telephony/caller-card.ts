import type { ClientDeal } from "../plugin/client-deals.ts";
import type { CallEvent } from "./types.ts";

/** An open deal of the client, as the plugin that keeps it offers it (`clientDeals`). */
export type CallerDeal = ClientDeal;

/**
 * Who is calling, as the incoming-call popup shows it before the member answers: the other
 * party's number (E.164 when it parses, else as the PBX sent it), the client and contact it
 * belongs to, the client's responsible member by name, its open deals and its last activity.
 * Words are the admin's: the card carries facts only (types, ids, names, numbers). A client the
 * member's role may not see is `outOfScope`: the card carries the number only.
 */
export type CallerCard = {
  callId: string;
  direction: "inbound" | "outbound" | null;
  number: string | null;
  outOfScope: boolean;
  client: { id: string; name: string } | null;
  contact: { name: string; position: string | null } | null;
  owner: string | null;
  deals: CallerDeal[];
  lastActivity: { type: string; occurredAt: number } | null;
};

/**
 * The live `call` message a member's open tabs get on their notification stream: a ringing call
 * with who is calling (the popup opens), or a call answered or ended (its popup closes).
 */
export type CallMessage = { kind: "ringing"; card: CallerCard } | { kind: "closed"; callId: string };

/** The other party of a call: who calls in, or whom the member calls out to. */
export const otherParty = (event: Pick<CallEvent, "direction" | "from" | "to">): string | null =>
  event.direction === "outbound" ? event.to : event.from;

/**
 * The popup's card from what the host read; an unknown number's card, and one whose client the
 * member may not see (`outOfScope`), carries the number only, whatever else was passed.
 *
 * @example callerCard({ event, client: null, contact: null, owner: null, deals: [], lastActivity: null })
 */
export function callerCard(input: {
  event: Pick<CallEvent, "providerCallId" | "direction" | "from" | "to">;
  client: { id: string; name: string } | null;
  outOfScope?: boolean;
  contact: { name: string; position: string | null } | null;
  owner: string | null;
  deals: readonly CallerDeal[];
  lastActivity: { type: string; occurredAt: number } | null;
}): CallerCard {
  const { event } = input;
  const outOfScope = input.outOfScope === true;
  const client = outOfScope ? null : input.client;
  return {
    callId: event.providerCallId,
    direction: event.direction,
    number: otherParty(event),
    outOfScope,
    client: client ? { id: client.id, name: client.name } : null,
    contact: client ? input.contact : null,
    owner: client ? input.owner : null,
    deals: client ? [...input.deals] : [],
    lastActivity: client ? input.lastActivity : null,
  };
}

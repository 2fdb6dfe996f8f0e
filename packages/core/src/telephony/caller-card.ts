import type { SalesFunction } from "../functions.ts";
import type { CallEvent } from "./types.ts";

/** The client a calling number belongs to, as the popup needs it. */
export type CallerClient = {
  id: string;
  name: string;
  stage: "prospect" | "lead" | "negotiation" | "customer";
  tier: "standard" | "vip";
  owners: Readonly<Record<SalesFunction, string | null>>;
};

/** An open deal of the client: what it is and its sum in minor units. */
export type CallerDeal = { title: string; amountMinor: number; currency: string };

/**
 * Who is calling, as the incoming-call popup shows it before the member answers: the other
 * party's number (E.164 when it parses, else as the PBX sent it), the client and contact it
 * belongs to, the client's responsible member by name, its open deals and its last activity.
 * Words are the admin's: the card carries facts only (types, ids, names, numbers).
 */
export type CallerCard = {
  callId: string;
  direction: "inbound" | "outbound" | null;
  number: string | null;
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
 * The function that serves a client now: VIP clients their key-account manager, customers
 * farming, clients in negotiation first sale, prospects and leads prospecting.
 *
 * @example servingFunction("customer", "standard") // "farming"
 */
export function servingFunction(stage: CallerClient["stage"], tier: CallerClient["tier"]): SalesFunction {
  if (tier === "vip") return "vip";
  if (stage === "customer") return "farming";
  if (stage === "negotiation") return "first-sale";
  return "prospecting";
}

/** Functions whose owner stands in, nearest the client's relationship first, when the serving one has none. */
const fallbackOrder: readonly SalesFunction[] = ["vip", "farming", "first-sale", "prospecting"];

/** The responsible member's user id: the serving function's owner, else the nearest function's that has one. */
export function responsibleOf(client: CallerClient): string | null {
  const serving = client.owners[servingFunction(client.stage, client.tier)];
  return serving ?? fallbackOrder.map((f) => client.owners[f]).find((id) => id !== null) ?? null;
}

/**
 * The popup's card from what the host read: an unknown number gives a card with the number only.
 *
 * @example callerCard({ event, client: null, contact: null, memberName: () => null, deals: [], lastActivity: null })
 */
export function callerCard(input: {
  event: Pick<CallEvent, "providerCallId" | "direction" | "from" | "to">;
  client: CallerClient | null;
  contact: { name: string; position: string | null } | null;
  memberName: (userId: string) => string | null;
  deals: readonly CallerDeal[];
  lastActivity: { type: string; occurredAt: number } | null;
}): CallerCard {
  const { event, client } = input;
  const responsible = client ? responsibleOf(client) : null;
  return {
    callId: event.providerCallId,
    direction: event.direction,
    number: otherParty(event),
    client: client ? { id: client.id, name: client.name } : null,
    contact: client ? input.contact : null,
    owner: responsible ? input.memberName(responsible) : null,
    deals: client ? [...input.deals] : [],
    lastActivity: client ? input.lastActivity : null,
  };
}

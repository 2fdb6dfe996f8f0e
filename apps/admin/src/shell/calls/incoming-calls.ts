import type { CallerCard, CallMessage } from "@quartet/core";

export type { CallerCard, CallMessage };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

// A deal as the server sends it: a link, a title, a sum and a stage worded in both languages.
const isDeal = (deal: unknown): deal is CallerCard["deals"][number] =>
  isObject(deal) &&
  typeof deal.href === "string" &&
  typeof deal.title === "string" &&
  typeof deal.amountMinor === "number" &&
  typeof deal.currency === "string" &&
  isObject(deal.stage);

/**
 * The call message in a stream event's data, or null when it is not one (a malformed event is
 * ignored rather than showing a broken popup).
 *
 * @example callMessageOf('{"kind":"closed","callId":"c1"}') // { kind: "closed", callId: "c1" }
 */
export function callMessageOf(data: unknown): CallMessage | null {
  let parsed: unknown;
  try {
    parsed = typeof data === "string" ? JSON.parse(data) : null;
  } catch {
    return null;
  }
  if (!isObject(parsed)) return null;
  if (parsed.kind === "closed" && typeof parsed.callId === "string")
    return { kind: "closed", callId: parsed.callId };
  const card = parsed.card;
  if (parsed.kind !== "ringing" || !isObject(card) || typeof card.callId !== "string") return null;
  return {
    kind: "ringing",
    card: {
      callId: card.callId,
      direction: card.direction === "inbound" || card.direction === "outbound" ? card.direction : null,
      number: typeof card.number === "string" ? card.number : null,
      outOfScope: card.outOfScope === true,
      client: isObject(card.client) ? (card.client as CallerCard["client"]) : null,
      contact: isObject(card.contact) ? (card.contact as CallerCard["contact"]) : null,
      owner: typeof card.owner === "string" ? card.owner : null,
      deals: Array.isArray(card.deals) ? card.deals.filter(isDeal) : [],
      lastActivity: isObject(card.lastActivity) ? (card.lastActivity as CallerCard["lastActivity"]) : null,
    },
  };
}

/** How many popups show at once (the newest); older ringing calls wait behind them. */
export const shownAtMost = 3;

/**
 * The ringing calls after a message: a ringing call is added (or its card replaced, as a
 * repeated event), a closed or dismissed one removed. Newest first.
 *
 * @example nextCalls([], { kind: "ringing", card }) // [card]
 */
export function nextCalls(calls: readonly CallerCard[], message: CallMessage): CallerCard[] {
  const callId = message.kind === "ringing" ? message.card.callId : message.callId;
  const others = calls.filter((call) => call.callId !== callId);
  return message.kind === "ringing" ? [message.card, ...others] : others;
}

import { DomainError } from "../errors.ts";
import type { SalesFunction } from "../functions.ts";
import type { LocalizedText } from "../i18n.ts";
import { clientMessages } from "../messages/catalogs/clients.ts";

/**
 * A handoff's states: `requested` waits for the receiver; `accepted`, `rejected` (with a
 * reason), `cancelled` (by the sender) and `expired` (the SLA passed undecided) are final.
 */
export const handoffStates = ["requested", "accepted", "rejected", "cancelled", "expired"] as const;

/** One of `handoffStates`. */
export type HandoffState = (typeof handoffStates)[number];

/** What can happen to a requested handoff. `expire` carries the clock and the deadline it is checked against. */
export type HandoffAction =
  | { type: "accept" }
  | { type: "reject"; reason: string }
  | { type: "cancel" }
  | { type: "expire"; now: number; acceptBy: number };

/**
 * The state after `action`. Throws `CONFLICT` when the handoff is already decided, `BAD_INPUT`
 * naming `reason` for a rejection without one, `PRECONDITION_FAILED` for expiring before the
 * deadline. A late accept or reject still counts while the handoff is `requested`.
 */
export function nextHandoffState(current: HandoffState, action: HandoffAction): HandoffState {
  if (current !== "requested") {
    throw new DomainError("CONFLICT", clientMessages.handoffFinal, {
      params: { state: current },
      details: { state: current, action: action.type },
    });
  }
  switch (action.type) {
    case "accept":
      return "accepted";
    case "reject":
      if (!action.reason.trim()) {
        throw new DomainError("BAD_INPUT", clientMessages.rejectNeedsReason, {
          fields: { reason: clientMessages.rejectReason },
        });
      }
      return "rejected";
    case "cancel":
      return "cancelled";
    case "expire":
      if (action.now <= action.acceptBy) {
        throw new DomainError("PRECONDITION_FAILED", clientMessages.notPastAcceptBy, {
          details: { now: action.now, acceptBy: action.acceptBy },
        });
      }
      return "expired";
  }
}

/** True when a handoff still waits for a decision past its `acceptBy` instant (`null`: no SLA). */
export function isOverdue(handoff: { state: HandoffState; acceptBy: number | null }, now: number): boolean {
  return handoff.state === "requested" && handoff.acceptBy !== null && now > handoff.acceptBy;
}

/** What starts a standard handoff. */
export type HandoffTrigger = "lead-qualified" | "first-payment" | "vip-granted" | "key-account-change";

/** A standard route a client travels between functions. */
export type HandoffRoute = {
  from: SalesFunction;
  to: SalesFunction;
  trigger: HandoffTrigger;
  label: LocalizedText;
};

/**
 * The standard routes, in the order a client travels them:
 * - prospecting → first sale: a lead (someone who expressed interest) goes to a hunter;
 * - first sale → farming: after the first payment an account manager develops the client;
 * - farming → VIP: the client is granted VIP and goes to a key-account manager;
 * - VIP → VIP: a VIP client passes to another key-account manager (leave, rebalancing).
 */
export const handoffRoutes: readonly HandoffRoute[] = [
  {
    from: "prospecting",
    to: "first-sale",
    trigger: "lead-qualified",
    label: { en: "Lead to first sale", ru: "Лид — на первую продажу" },
  },
  {
    from: "first-sale",
    to: "farming",
    trigger: "first-payment",
    label: { en: "First payment to farming", ru: "Первая оплата — на развитие" },
  },
  {
    from: "farming",
    to: "vip",
    trigger: "vip-granted",
    label: { en: "VIP granted to a key-account manager", ru: "VIP-статус — ключевому менеджеру" },
  },
  {
    from: "vip",
    to: "vip",
    trigger: "key-account-change",
    label: { en: "To another key-account manager", ru: "Другому ключевому менеджеру" },
  },
];

/** The standard route between two functions, or `undefined` for a non-standard handoff. */
export function handoffRouteOf(from: SalesFunction, to: SalesFunction): HandoffRoute | undefined {
  return handoffRoutes.find((route) => route.from === from && route.to === to);
}

/**
 * What each column of "activity this week per person" counts, from core's tables, by the person
 * who did it (`core_activities.author_id`, `core_orders.created_by`), within the ISO week in the
 * organisation's zone (`occurred_at`; an order by its `ordered_on` date):
 *
 * - `calls` — timeline entries of type `call` (logged by hand or by prospecting's call screen);
 * - `conversations` — entries of type `meeting`, `message` or `email`;
 * - `dealsMoved` — a client moved along the lifecycle (`stage-change`), and a deal moved to another
 *   stage, won or lost, as first sale and farming write it on the timeline (`system` entries with
 *   the markers below);
 * - `orders` — confirmed orders recorded (cancelled ones are left out);
 * - `clientsContacted` — distinct clients with at least one call, meeting, message or email.
 */
export type ActivityCounts = {
  calls: number;
  conversations: number;
  dealsMoved: number;
  orders: number;
  clientsContacted: number;
};

/** The entry types that are a contact with the client. */
export const contactTypes = ["call", "meeting", "message", "email"] as const;

/** Entry types that are a conversation other than a call. */
export const conversationTypes = ["meeting", "message", "email"] as const;

/** First sale's timeline markers (`data.event`) of a deal moved, won or lost. */
export const firstSaleDealMoves = ["deal-stage", "deal-won", "deal-lost"] as const;

/** Farming's timeline markers (`data.code`) of an expansion deal moved, won or lost. */
export const farmingDealMoves = ["farming.deal.moved", "farming.deal.won", "farming.deal.lost"] as const;

/** No activity at all. */
export const noActivity: ActivityCounts = {
  calls: 0,
  conversations: 0,
  dealsMoved: 0,
  orders: 0,
  clientsContacted: 0,
};

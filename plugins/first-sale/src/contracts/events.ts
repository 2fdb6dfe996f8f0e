import { defineEvent } from "@quartet/core/plugin";
import { z } from "zod";

const money = z.object({ amountMinor: z.number().int(), currency: z.string() });

/** What made a deal won: the organisation's rule that was met when it closed. */
export const wonBases = ["full-payment", "prepayment", "contract-signed"] as const;

/** One of `wonBases`. */
export type WonBasis = (typeof wonBases)[number];

/**
 * A deal was won: the organisation's rule (money received, a prepayment share, or a signed
 * contract) is met. Farming and the health page live on it. `cycleLengthMs` runs from the
 * lead's qualification (or the deal's creation) to the win.
 */
export const dealWon = defineEvent({
  name: "first-sale.deal.won",
  version: 1,
  schema: z.object({
    dealId: z.string(),
    clientId: z.string(),
    /** User id of the hunter; null when nobody was assigned. */
    hunterId: z.string().nullable(),
    amount: money,
    wonAt: z.number().int(),
    /** The rule that was met. */
    reason: z.enum(wonBases),
    cycleLengthMs: z.number().int().nonnegative(),
    orderId: z.string().nullable(),
    source: z.string().nullable(),
  }),
});

/** A deal was lost, with a reason from the organisation's list (`lostReasons`) and a note. */
export const dealLost = defineEvent({
  name: "first-sale.deal.lost",
  version: 1,
  schema: z.object({
    dealId: z.string(),
    clientId: z.string(),
    hunterId: z.string().nullable(),
    amount: money,
    lostAt: z.number().int(),
    /** The key of the lost reason, e.g. `price`. */
    reason: z.string(),
    note: z.string().nullable(),
    cycleLengthMs: z.number().int().nonnegative(),
  }),
});

/** The payload of `first-sale.deal.won`. */
export type DealWon = z.infer<typeof dealWon.schema>;

/** The payload of `first-sale.deal.lost`. */
export type DealLost = z.infer<typeof dealLost.schema>;

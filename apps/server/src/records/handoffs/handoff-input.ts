import { cleanText, clientMessages, handoffStates, recordMessages, salesFunctions } from "@quartet/core";
import { z } from "zod";

const fn = z.enum(salesFunctions);

/** A client handed from one function to another. */
export const requestHandoffInput = z.object({
  clientId: z.string().min(1, recordMessages.chooseClient),
  fromFunction: fn,
  toFunction: fn,
  note: cleanText(5_000, "multiline").min(1, recordMessages.handoffNote),
  /** Anything the receiving function's plugin needs, e.g. `{ dealId }`. */
  context: z.record(z.string(), z.unknown()).default({}),
  /** A member chosen by hand; otherwise the assignment engine picks one. */
  receiverId: z.string().min(1).nullish(),
  /** Hours the receiver has to accept; 24 unless told. */
  slaHours: z
    .number()
    .int()
    .min(1, recordMessages.atLeastHour)
    .max(24 * 30, recordMessages.atMost30Days)
    .default(24),
});

/** What `requestHandoff` takes (before defaults). */
export type RequestHandoffInput = z.input<typeof requestHandoffInput>;

/** A handoff to answer. */
export const handoffId = z.object({ handoffId: z.string().min(1, recordMessages.chooseHandoff) });

/** A rejection needs a reason the sender can act on. */
export const rejectHandoffInput = handoffId.extend({
  reason: cleanText(2_000, "multiline").min(1, clientMessages.rejectReason),
});

/** Filters of the handoff list. */
export const listHandoffsInput = z.object({
  state: z.enum(handoffStates).optional(),
  fromFunction: fn.optional(),
  toFunction: fn.optional(),
  receiverId: z.string().min(1).optional(),
  /** `true`: waiting past the SLA; `false`: everything else. */
  overdue: z.boolean().optional(),
  cursor: z.string().optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

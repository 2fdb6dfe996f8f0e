import { defineEvent } from "@quartet/core/plugin";
import { z } from "zod";

/** Where an inbound request came in. */
export const requestChannels = ["web-form", "telegram", "call", "email", "manual"] as const;

/** One of `requestChannels`. */
export type RequestChannel = (typeof requestChannels)[number];

/** UTM tags and similar tracking values (`utm_source`, `utm_campaign`, Telegram's `/start` payload …). */
export const utmSchema = z.record(z.string(), z.string());

/**
 * A request arrived (a form post, a Telegram chat, an "interested" call, a manual entry). It is
 * not a lead yet: somebody must qualify it.
 *
 * @example subscriber on requestReceived → notify the inbox
 */
export const requestReceived = defineEvent({
  name: "prospecting.request.received",
  version: 1,
  schema: z.object({
    requestId: z.string(),
    clientId: z.string().nullable(),
    source: z.string(),
    channel: z.enum(requestChannels),
    utm: utmSchema,
    /** The phone is on the do-not-call list: accepted, but never called. */
    doNotCall: z.boolean(),
    receivedAt: z.number().int(),
  }),
});

/**
 * A request was qualified: the client expressed interest and is now a lead. First sale consumes
 * it. `speedToLeadMs` is the time from receipt to the first human action on the request.
 */
export const leadQualified = defineEvent({
  name: "prospecting.lead.qualified",
  version: 1,
  schema: z.object({
    requestId: z.string(),
    clientId: z.string(),
    source: z.string(),
    /** The source as a person reads it, in the organisation's language: a form by its name, not its slug. */
    sourceName: z.string().optional(),
    channel: z.enum(requestChannels),
    utm: utmSchema,
    /** User id of the person who qualified it. */
    qualifiedBy: z.string(),
    receivedAt: z.number().int(),
    qualifiedAt: z.number().int(),
    speedToLeadMs: z.number().int().nonnegative(),
    note: z.string().nullable(),
  }),
});

/** How a request left the inbox. */
export const triageOutcomes = ["qualified", "merged", "dismissed"] as const;

/**
 * A request left the inbox: qualified into a lead, merged into a client or dismissed — the first
 * answer the sender got. `clientId` is the client it ended up linked to (none when dismissed
 * unlinked). Emitted with the change, in the same transaction.
 *
 * @example VIP stops the first-response clock of a VIP client's request at `triagedAt`
 */
export const requestTriaged = defineEvent({
  name: "prospecting.request.triaged",
  version: 1,
  schema: z.object({
    requestId: z.string(),
    clientId: z.string().nullable(),
    outcome: z.enum(triageOutcomes),
    /** User id of the person who triaged it. */
    triagedBy: z.string(),
    receivedAt: z.number().int(),
    triagedAt: z.number().int(),
  }),
});

/** The payload of `prospecting.request.triaged`. */
export type RequestTriaged = z.infer<typeof requestTriaged.schema>;

/** The payload of `prospecting.lead.qualified`. */
export type LeadQualified = z.infer<typeof leadQualified.schema>;

/** The payload of `prospecting.request.received`. */
export type RequestReceived = z.infer<typeof requestReceived.schema>;

import { defineEvent } from "@quartet/core/plugin";
import { z } from "zod";
import { reasonSchema } from "./reasons.ts";

const tierRef = z.object({ key: z.string(), name: z.object({ ru: z.string(), en: z.string() }) });

/** Who decided a move: the program's rules, or a person's override (keep or exclude). */
export const decidedBy = z.enum(["rules", "override"]);

/**
 * A client entered a tier or moved up (the highest tier met wins, or an override put it there),
 * with the reasons and their numbers. Handoffs to a key-account manager live on it.
 */
export const clientPromoted = defineEvent({
  name: "vip.client.promoted",
  version: 1,
  schema: z.object({
    clientId: z.string(),
    from: tierRef.nullable(),
    to: tierRef,
    by: decidedBy,
    reasons: z.array(reasonSchema),
    /** The business date of the decision. */
    on: z.string(),
    at: z.number().int(),
  }),
});

/**
 * A client moved down or out: after the grace period below its tier, at once when an override
 * excludes it or its tier was removed from the program.
 */
export const clientDemoted = defineEvent({
  name: "vip.client.demoted",
  version: 1,
  schema: z.object({
    clientId: z.string(),
    from: tierRef,
    to: tierRef.nullable(),
    by: decidedBy,
    reasons: z.array(reasonSchema),
    /** When the grace period began; null when the move was immediate. */
    graceStartedOn: z.string().nullable(),
    on: z.string(),
    at: z.number().int(),
  }),
});

/** A VIP client's request went without a first response past its tier's SLA (business time). */
export const slaBreached = defineEvent({
  name: "vip.sla.breached",
  version: 1,
  schema: z.object({
    requestId: z.string(),
    clientId: z.string(),
    tierKey: z.string(),
    /** The key-account manager responsible, if any. */
    managerId: z.string().nullable(),
    slaMinutes: z.number().int().positive(),
    startedAt: z.number().int(),
    dueAt: z.number().int(),
    breachedAt: z.number().int(),
  }),
});

/** The payload of `vip.client.promoted`. */
export type ClientPromoted = z.infer<typeof clientPromoted.schema>;
/** The payload of `vip.client.demoted`. */
export type ClientDemoted = z.infer<typeof clientDemoted.schema>;
/** The payload of `vip.sla.breached`. */
export type SlaBreached = z.infer<typeof slaBreached.schema>;

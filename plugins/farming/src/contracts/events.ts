import { defineEvent } from "@quartet/core/plugin";
import { z } from "zod";

const money = z.object({ amountMinor: z.number().int(), currency: z.string() });

/** The steps of the maturity ladder, from buying single items to running projects. */
export const maturityLevels = ["single", "complex", "project"] as const;

/** One step of the maturity ladder. */
export type MaturityLevel = (typeof maturityLevels)[number];

/** One factor of an account's health score, with its share of the score. */
export const healthFactorSchema = z.object({
  key: z.enum(["recency", "frequency", "trend", "contact", "issues"]),
  /** 0 (worst) … 1 (best). */
  score: z.number().min(0).max(1),
  weight: z.number().min(0),
  /** Points this factor adds to the 0–100 score. */
  points: z.number(),
  /** Values for the factor's words, e.g. `{ days: 51, interval: 34 }`. */
  params: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
});

/**
 * A client's account health fell below the company's at-risk line (`rules.health.atRiskBelow`).
 * Raised once per spell at risk: the client must recover before it is raised again.
 */
export const clientAtRisk = defineEvent({
  name: "farming.client.at-risk",
  version: 1,
  schema: z.object({
    clientId: z.string(),
    farmerId: z.string().nullable(),
    score: z.number(),
    factors: z.array(healthFactorSchema),
    revenue12m: money,
    at: z.number().int(),
  }),
});

/** An expansion deal was won: a matching order was paid (or the farmer marked it won). */
export const expansionDealWon = defineEvent({
  name: "farming.deal.won",
  version: 1,
  schema: z.object({
    dealId: z.string(),
    clientId: z.string(),
    farmerId: z.string().nullable(),
    kind: z.enum(["upsell", "cross-sell"]),
    categoryId: z.string().nullable(),
    amount: money,
    orderId: z.string().nullable(),
    wonAt: z.number().int(),
  }),
});

/** A client moved on the maturity ladder (either way), with the rule that decided it. */
export const maturityChanged = defineEvent({
  name: "farming.maturity.changed",
  version: 1,
  schema: z.object({
    clientId: z.string(),
    from: z.enum(maturityLevels).nullable(),
    to: z.enum(maturityLevels),
    /** Why, as codes with values the interface words: `{ code: "categories", params: { count: 4, min: 3 } }`. */
    reasons: z.array(
      z.object({ code: z.string(), params: z.record(z.string(), z.union([z.number(), z.string()])) }),
    ),
    at: z.number().int(),
  }),
});

/** The payload of `farming.client.at-risk`. */
export type ClientAtRisk = z.infer<typeof clientAtRisk.schema>;
/** The payload of `farming.deal.won`. */
export type ExpansionDealWon = z.infer<typeof expansionDealWon.schema>;
/** The payload of `farming.maturity.changed`. */
export type MaturityChanged = z.infer<typeof maturityChanged.schema>;
/** One factor of a health score. */
export type HealthFactor = z.infer<typeof healthFactorSchema>;

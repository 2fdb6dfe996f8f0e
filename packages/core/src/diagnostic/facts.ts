import { z } from "zod";
import type { SalesFunction } from "../functions.ts";

/**
 * What a plugin tells the self-diagnostic about its leg, as a closed set of fact codes core
 * knows how to turn into answers. A plugin reports only what its own data says; core words it.
 *
 * @example [{ code: "cold-call-scripts", count: 3 }]
 */
export const diagnosticFactSchema = z.discriminatedUnion("code", [
  /** Prospecting: call scripts the company wrote. */
  z.object({ code: z.literal("cold-call-scripts"), count: z.number().int().min(0) }),
  /** First sale: when a deal counts as won (its "won when" setting). */
  z.object({
    code: z.literal("first-sale-won-when"),
    rule: z.enum(["money", "contract", "prepayment"]),
    percent: z.number().int().min(1).max(100).nullable().default(null),
  }),
  /** First sale: whether a won deal hands the client to farming by a rule. */
  z.object({ code: z.literal("handoff-to-farming"), automatic: z.boolean() }),
  /** Farming: the contact cadence rules; `shortestDays` is the most frequent one. */
  z.object({
    code: z.literal("contact-cadence"),
    shortestDays: z.number().int().min(1),
    defaultDays: z.number().int().min(1),
    rules: z.number().int().min(0),
  }),
  /** VIP: the tiers of the program; `custom` is false while only the default program applies. */
  z.object({ code: z.literal("vip-tiers"), count: z.number().int().min(0), custom: z.boolean() }),
]);

/** One fact a plugin reports to the self-diagnostic. */
export type DiagnosticFact = z.input<typeof diagnosticFactSchema>;

/** What a plugin's `diagnostic(ctx)` answers. */
export type DiagnosticFacts = readonly DiagnosticFact[];

/** Who performs a function, read from staffing: nobody, the owner alone, one specialist, several people or a team. */
export type Performer = "owner" | "specialist" | "department" | "nobody";

/** What core itself knows about the organisation, read by the server from its own tables. */
export type OrgFacts = {
  /** Per function: who performs it, how many active people, whether its plugin is enabled. */
  legs: Record<SalesFunction, { performer: Performer; people: number; pluginEnabled: boolean }>;
  /** Monthly targets set per function (`core_sales_targets` rows with a value). */
  targets: Record<SalesFunction, number>;
  /** People assigned to both first sale and farming; null when either has nobody. */
  sharedHuntersFarmers: number | null;
  /** Clients in the organisation's base. */
  clients: number;
  /** Per function: clients whose responsible person there is an owner of the organisation. */
  ownerClients: Record<SalesFunction, number>;
};

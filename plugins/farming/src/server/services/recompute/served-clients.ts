import { type ClientSummary, lifecycleStages, type WriteScope } from "@quartet/core";
import type { FarmingContext } from "../../context.ts";

const beforeCustomer = lifecycleStages.filter((s) => s !== "customer");

/** True for a client farming serves: a customer, or any client a farmer is responsible for. */
export const isServed = (c: ClientSummary) => c.stage === "customer" || c.owners.farming !== null;

/**
 * The clients farming serves among those `ctx` sees (some ids, or all): customers, and clients a
 * farmer is responsible for before they are customers — two reads for all, one per 500 ids.
 */
export async function servedClients(
  ctx: FarmingContext,
  ids: readonly string[] | "all",
  scope?: WriteScope,
): Promise<ClientSummary[]> {
  if (ids !== "all") return (await ctx.records.clients.summaries({ ids }, scope)).filter(isServed);
  const customers = await ctx.records.clients.summaries({ stages: ["customer"] }, scope);
  const early = await ctx.records.clients.summaries({ ownedFor: "farming", stages: beforeCustomer }, scope);
  return [...customers, ...early];
}

import type { WriteScope } from "@quartet/core";
import type { FarmingContext } from "../../context.ts";

/**
 * Puts a deal's step on its client's timeline: the text worded in the organisation's language, and
 * beside it the code and values the interface words in the reader's (`farming.deal.won`, `{ … }`).
 */
export async function addDealEntry(
  ctx: FarmingContext,
  scope: WriteScope,
  entry: { clientId: string; body: string; code: string; params: Record<string, string | number | null> },
): Promise<void> {
  await ctx.records.timeline.add(scope, {
    clientId: entry.clientId,
    type: "system",
    function: "farming",
    body: entry.body,
    data: { code: entry.code, params: entry.params },
  });
}

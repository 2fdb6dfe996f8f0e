import { type Locale, type MessageRef, type WriteScope, wordRef } from "@quartet/core";
import type { FarmingContext } from "../../context.ts";

/**
 * Puts a deal's step on its client's timeline: the text as a message reference (`data.text`,
 * worded in each reader's language; the body in the organisation's `locale`), and beside it the
 * code and values of the step (`farming.deal.won`, `{ … }`).
 */
export async function addDealEntry(
  ctx: FarmingContext,
  scope: WriteScope,
  entry: {
    clientId: string;
    text: MessageRef;
    locale: Locale;
    code: string;
    params: Record<string, string | number | null>;
  },
): Promise<void> {
  await ctx.records.timeline.add(scope, {
    clientId: entry.clientId,
    type: "system",
    function: "farming",
    body: wordRef(entry.locale, entry.text),
    data: { code: entry.code, params: entry.params, text: entry.text },
  });
}

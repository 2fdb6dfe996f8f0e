import { asc, eq } from "drizzle-orm";
import { messages } from "../../../db/requests.ts";
import type { ProspectingContext } from "../../context.ts";
import { loadRequest } from "./load-request.ts";
import { withMissedCall } from "./missed-calls.ts";

/**
 * One request with its conversation (Telegram messages, oldest first); each message's `media`
 * (a sticker, a photo, a file with its name…) for the reader to word, its `text` the words or
 * caption (null when there are none); `missedCall` when a missed call opened it.
 */
export async function getRequest({ ctx, input }: { ctx: ProspectingContext; input: { requestId: string } }) {
  const request = await loadRequest(ctx.org.db, input.requestId);
  const rows = await ctx.org.db
    .select({
      id: messages.id,
      direction: messages.direction,
      text: messages.text,
      media: messages.media,
      at: messages.at,
    })
    .from(messages)
    .where(eq(messages.requestId, request.id))
    .orderBy(asc(messages.at), asc(messages.id));
  const conversation = rows.map((row) => ({ ...row, text: row.text || null }));
  return { ...(await withMissedCall(ctx, request)), conversation };
}

import { asc, eq } from "drizzle-orm";
import { messages } from "../../../db/requests.ts";
import type { ProspectingContext } from "../../context.ts";
import { loadRequest } from "./load-request.ts";

/** One request with its conversation (Telegram messages, oldest first). */
export async function getRequest({ ctx, input }: { ctx: ProspectingContext; input: { requestId: string } }) {
  const request = await loadRequest(ctx.org.db, input.requestId);
  const conversation = await ctx.org.db
    .select({ id: messages.id, direction: messages.direction, text: messages.text, at: messages.at })
    .from(messages)
    .where(eq(messages.requestId, request.id))
    .orderBy(asc(messages.at), asc(messages.id));
  return { ...request, conversation };
}

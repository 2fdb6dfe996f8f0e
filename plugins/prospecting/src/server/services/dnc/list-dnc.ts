import { desc } from "drizzle-orm";
import { doNotCall } from "../../../db/channels.ts";
import type { ProspectingContext } from "../../context.ts";

/** The do-not-call list, newest first. Entries are never removed through the API. */
export async function listDoNotCall({ ctx, input }: { ctx: ProspectingContext; input: { limit?: number } }) {
  return ctx.org.db
    .select()
    .from(doNotCall)
    .orderBy(desc(doNotCall.addedAt))
    .limit(input.limit ?? 200);
}

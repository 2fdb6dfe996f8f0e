import { and, desc, eq, type SQL } from "drizzle-orm";
import { calls } from "../../../db/calling.ts";
import type { ProspectingContext } from "../../context.ts";

/** Calls of a campaign or a client, newest first, with their answers and script version. */
export async function listCalls({
  ctx,
  input,
}: {
  ctx: ProspectingContext;
  input: { campaignId?: string; clientId?: string; limit?: number };
}) {
  const where: SQL[] = [];
  if (input.campaignId) where.push(eq(calls.campaignId, input.campaignId));
  if (input.clientId) where.push(eq(calls.clientId, input.clientId));
  return ctx.org.db
    .select()
    .from(calls)
    .where(and(...where))
    .orderBy(desc(calls.startedAt), desc(calls.id))
    .limit(input.limit ?? 100);
}

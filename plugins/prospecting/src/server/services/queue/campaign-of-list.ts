import { DomainError } from "@quartet/core";
import { eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { campaigns } from "../../../db/calling.ts";
import type { ProspectingContext } from "../../context.ts";

/** The id of the campaign working a list (one per list), or NOT_FOUND. */
export async function campaignOfList(ctx: ProspectingContext, listId: string): Promise<string> {
  const [row] = await ctx.org.db
    .select({ id: campaigns.id })
    .from(campaigns)
    .where(eq(campaigns.listId, listId));
  if (!row) throw new DomainError("NOT_FOUND", m.listNoCampaign);
  return row.id;
}

import { z } from "zod";
import { type FirstSaleContext, orgInfo } from "../../context.ts";
import { dealForLead } from "./deal-for-lead.ts";
import { leadPage } from "./lead-page.ts";

/** One batch of the catch-up: the leads after `after` (a cursor the previous batch returned), `limit` at a time. */
export const createDealsForLeadsInput = z.object({
  after: z.string().min(1).nullish(),
  limit: z.number().int().min(1).max(500).default(100),
});

/**
 * Opens deals for the next batch of qualified leads that have none, in one transaction, assigned
 * as `dealForLead` does. Idempotent: a lead with a deal is passed over, so a repeated or
 * concurrent batch never opens a second deal. The admin walks `nextCursor` until it is null,
 * showing `processed` against the count it offered.
 */
export async function createDealsForLeads({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: z.output<typeof createDealsForLeadsInput>;
}) {
  const org = await orgInfo(ctx);
  const page = await leadPage(ctx, ctx.org.db, { after: input.after ?? null, limit: input.limit });
  const waiting = page.items.filter((item) => item.deal === null);
  const created = await ctx.org.write(ctx.actor, async (scope) => {
    let count = 0;
    for (const { lead } of waiting)
      if (await dealForLead(ctx, scope, org, lead, ctx.settings.assignmentStrategy)) count++;
    return count;
  });
  return { processed: waiting.length, created, nextCursor: page.nextCursor };
}

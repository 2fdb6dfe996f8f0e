import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { deals } from "../../../db/schema.ts";
import type { FirstSaleContext } from "../../context.ts";
import { visibleDeals } from "../deals/load-deal.ts";

/** A lead by its request id in prospecting. */
export const dealOfLeadInput = z.object({ leadRequestId: z.string().min(1, m.chooseLead) });

/** The deal a qualified lead became (one the actor may see), or null: what a lead shows as its deal. */
export async function dealOfLead({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: { leadRequestId: string };
}) {
  const [deal] = await ctx.org.db
    .select({ id: deals.id, title: deals.title, status: deals.status })
    .from(deals)
    .where(and(eq(deals.leadRequestId, input.leadRequestId), visibleDeals(ctx.actor)));
  return deal ?? null;
}

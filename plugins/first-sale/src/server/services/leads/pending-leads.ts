import type { FirstSaleContext } from "../../context.ts";
import { allLeads } from "./lead-page.ts";

/**
 * How many leads prospecting has qualified and how many of them have no deal yet — e.g. those
 * qualified before first sale was enabled, which the admin offers to turn into deals.
 */
export async function pendingLeads({ ctx }: { ctx: FirstSaleContext }) {
  const leads = await allLeads(ctx, ctx.org.db);
  return { qualified: leads.length, withoutDeal: leads.filter((l) => l.deal === null).length };
}

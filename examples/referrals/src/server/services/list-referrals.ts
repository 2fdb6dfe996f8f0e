import { desc } from "drizzle-orm";
import { referrals } from "../../db/schema.ts";
import { totalsByCurrency } from "../../domain/reward.ts";
import type { ReferralsContext } from "../context.ts";
import { rewardsOf } from "./rewards-of.ts";

/**
 * The newest referrals (up to `limit`) for the plugin's page, each with both clients' names and
 * its rewards, and the total due over the listed ones. A referral with a client the actor does not
 * see is left out.
 */
export async function listReferrals({ ctx, input }: { ctx: ReferralsContext; input: { limit: number } }) {
  const rows = await ctx.org.db
    .select()
    .from(referrals)
    .orderBy(desc(referrals.createdAt))
    .limit(input.limit);
  const ids = [...new Set(rows.flatMap((r) => [r.clientId, r.referrerId]))];
  const names = new Map((await ctx.records.clients.summaries({ ids })).map((c) => [c.id, c.name]));
  const due = await rewardsOf(
    ctx.org.db,
    rows.map((r) => r.id),
  );
  const items = rows.flatMap((r) => {
    const client = names.get(r.clientId);
    const referrer = names.get(r.referrerId);
    if (client === undefined || referrer === undefined) return [];
    return [
      {
        id: r.id,
        client: { id: r.clientId, name: client },
        referrer: { id: r.referrerId, name: referrer },
        since: r.createdAt,
        rewards: due.get(r.id) ?? [],
      },
    ];
  });
  return { items, total: totalsByCurrency(items.flatMap((i) => i.rewards)) };
}

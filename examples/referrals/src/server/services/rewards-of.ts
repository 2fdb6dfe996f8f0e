import type { OrgDatabase } from "@quartet/core";
import { inArray } from "drizzle-orm";
import { rewards } from "../../db/schema.ts";
import { totalsByCurrency } from "../../domain/reward.ts";

/** Rewards due per referral, summed per currency: `{ referralId: [{ amountMinor, currency }] }`. */
export async function rewardsOf(db: OrgDatabase, referralIds: readonly string[]) {
  if (referralIds.length === 0) return new Map<string, { amountMinor: number; currency: string }[]>();
  const rows = await db
    .select({ referralId: rewards.referralId, amountMinor: rewards.amountMinor, currency: rewards.currency })
    .from(rewards)
    .where(inArray(rewards.referralId, [...referralIds]));
  const byReferral = new Map<string, { amountMinor: number; currency: string }[]>();
  for (const row of rows) byReferral.set(row.referralId, [...(byReferral.get(row.referralId) ?? []), row]);
  return new Map([...byReferral].map(([id, list]) => [id, totalsByCurrency(list)]));
}

import { DomainError } from "@quartet/core";
import { desc, eq } from "drizzle-orm";
import { m } from "../../contracts/messages.ts";
import { referrals } from "../../db/schema.ts";
import type { ReferralsContext } from "../context.ts";
import { referralOf } from "./referral-of.ts";
import { rewardsOf } from "./rewards-of.ts";

/**
 * A client's referrals for its card: who referred it (if anyone) and whom it referred, newest
 * first, each with the rewards due so far. Clients the actor does not see are left out.
 */
export async function clientReferrals({
  ctx,
  input,
}: {
  ctx: ReferralsContext;
  input: { clientId: string };
}) {
  const client = await ctx.records.clients.get(input.clientId);
  if (!client) throw new DomainError("NOT_FOUND", m.noSuchClient, { fields: { clientId: m.noSuchClient } });
  const by = await referralOf(ctx.org.db, client.id);
  const made = await ctx.org.db
    .select()
    .from(referrals)
    .where(eq(referrals.referrerId, client.id))
    .orderBy(desc(referrals.createdAt));
  const ids = [...made.map((r) => r.clientId), ...(by ? [by.referrerId] : [])];
  const names = new Map((await ctx.records.clients.summaries({ ids })).map((c) => [c.id, c.name]));
  const due = await rewardsOf(
    ctx.org.db,
    made.map((r) => r.id),
  );
  const referrerName = by ? names.get(by.referrerId) : undefined;
  return {
    referredBy:
      by && referrerName !== undefined
        ? { clientId: by.referrerId, name: referrerName, since: by.createdAt, note: by.note }
        : null,
    referred: made.flatMap((r) => {
      const name = names.get(r.clientId);
      return name === undefined
        ? []
        : [{ clientId: r.clientId, name, since: r.createdAt, rewards: due.get(r.id) ?? [] }];
    }),
  };
}

import type { OrgDatabase, OrgTransaction } from "@quartet/core";
import { eq } from "drizzle-orm";
import { referrals } from "../../db/schema.ts";

/** The referral that brought a client, or null: one read by the unique index on the client. */
export async function referralOf(db: OrgDatabase | OrgTransaction, clientId: string) {
  const [row] = await db.select().from(referrals).where(eq(referrals.clientId, clientId)).limit(1);
  return row ?? null;
}

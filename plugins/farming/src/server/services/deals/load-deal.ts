import { DomainError, type OrgDatabase, type OrgTransaction } from "@quartet/core";
import { eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { deals } from "../../../db/schema.ts";
import { assertCanMove, type DealTarget } from "../../../domain/deal-flow.ts";
import type { FarmingContext } from "../../context.ts";

/** Where a read runs: the organisation's database or the open write transaction. */
export type Reader = OrgDatabase | OrgTransaction;

/** An expansion deal row. */
export type DealRow = typeof deals.$inferSelect;

/**
 * The deal, or NOT_FOUND naming `dealId` — also when its client is outside the actor's record
 * scope (core's `clients.get` answers null), so a hidden deal is indistinguishable from none.
 */
export async function requireDeal(ctx: FarmingContext, db: Reader, dealId: string): Promise<DealRow> {
  const [row] = await db.select().from(deals).where(eq(deals.id, dealId));
  if (!row || !(await ctx.records.clients.get(row.clientId))) {
    throw new DomainError("NOT_FOUND", m.noSuchDeal, { fields: { dealId: m.noSuchDeal } });
  }
  return row;
}

/**
 * The deal the actor sees (`requireDeal`) when it may go to `target` — `"stage"` for a move, an
 * edit or an invoice — else `CONFLICT` saying why (`assertCanMove`).
 */
export async function dealGoingTo(
  ctx: FarmingContext,
  db: Reader,
  dealId: string,
  target: DealTarget,
): Promise<DealRow> {
  const deal = await requireDeal(ctx, db, dealId);
  assertCanMove(deal.status, target);
  return deal;
}

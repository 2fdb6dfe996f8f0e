import { type Actor, DomainError } from "@quartet/core";
import { and, asc, eq, type SQL } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { dealLines, deals } from "../../../db/schema.ts";
import type { Reader } from "../pipelines/load-pipeline.ts";

/** A deal row. */
export type DealRow = typeof deals.$inferSelect;

/**
 * The deals an actor may see: all of them, or only their own for a role whose record scope is
 * `own`. (Team scope sees all: teams are core's and not in the records port yet.)
 */
export function visibleDeals(actor: Actor): SQL | undefined {
  return actor.scope === "own" ? eq(deals.hunterId, actor.id) : undefined;
}

/** The deal, or NOT_FOUND naming `dealId` (also for a deal the actor may not see). */
export async function requireDeal(db: Reader, actor: Actor, dealId: string): Promise<DealRow> {
  const [row] = await db
    .select()
    .from(deals)
    .where(and(eq(deals.id, dealId), visibleDeals(actor)));
  if (!row) throw new DomainError("NOT_FOUND", m.noSuchDeal, { fields: { dealId: m.noSuchDeal } });
  return row;
}

/** A deal's lines in order. */
export function linesOf(db: Reader, dealId: string) {
  return db.select().from(dealLines).where(eq(dealLines.dealId, dealId)).orderBy(asc(dealLines.position));
}

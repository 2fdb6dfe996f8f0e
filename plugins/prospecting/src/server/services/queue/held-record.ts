import { DomainError } from "@quartet/core";
import { and, eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { listMembers } from "../../../db/calling.ts";
import type { ProspectingContext } from "../../context.ts";

/** A call-list record row. */
export type MemberRow = typeof listMembers.$inferSelect;

/**
 * The record `memberId` if the acting caller holds it; CONFLICT when someone else took it after
 * the lease expired or it is no longer claimed, NOT_FOUND when it does not exist.
 */
export async function heldRecord(ctx: ProspectingContext, memberId: string): Promise<MemberRow> {
  const [row] = await ctx.org.db.select().from(listMembers).where(eq(listMembers.id, memberId));
  if (!row) throw new DomainError("NOT_FOUND", m.noSuchRecord);
  if (row.state !== "claimed" || row.claimedBy !== ctx.actor.id) {
    throw new DomainError("CONFLICT", m.noLongerHeldNext);
  }
  return row;
}

/** The condition that the acting caller still holds the record, for atomic updates. */
export function stillHeld(ctx: ProspectingContext, memberId: string) {
  return and(
    eq(listMembers.id, memberId),
    eq(listMembers.claimedBy, ctx.actor.id),
    eq(listMembers.state, "claimed"),
  );
}

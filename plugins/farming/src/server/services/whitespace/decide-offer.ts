import { newId, type WriteScope } from "@quartet/core";
import { and, eq } from "drizzle-orm";
import { offers } from "../../../db/schema.ts";
import type { FarmingContext } from "../../context.ts";

/** A stored decision on an offer. */
export type OfferDecision = typeof offers.$inferSelect;

/** The stored decision on a client's category, if any. */
export async function decisionOf(scope: WriteScope, clientId: string, categoryId: string) {
  const [row] = await scope.tx
    .select()
    .from(offers)
    .where(and(eq(offers.clientId, clientId), eq(offers.categoryId, categoryId)));
  return row;
}

/** Records (or replaces) the decision on a client's category with the evidence as shown, audited. */
export async function recordDecision(
  ctx: FarmingContext,
  scope: WriteScope,
  before: OfferDecision | undefined,
  input: Pick<OfferDecision, "clientId" | "categoryId" | "status" | "evidence" | "dealId"> & { id?: string },
): Promise<OfferDecision> {
  const now = ctx.clock.now();
  const id = input.id ?? before?.id ?? newId("ofr", now);
  const row = { ...input, id, decidedBy: ctx.actor.id, decidedAt: now };
  await scope.tx
    .insert(offers)
    .values(row)
    .onConflictDoUpdate({
      target: [offers.clientId, offers.categoryId],
      set: {
        status: row.status,
        evidence: row.evidence,
        dealId: row.dealId,
        decidedBy: row.decidedBy,
        decidedAt: now,
      },
    });
  const action = row.status === "accepted" ? "farming.offer.accept" : "farming.offer.dismiss";
  await scope.audit({ action, entity: "offer", entityId: row.id, before, after: row });
  return row;
}

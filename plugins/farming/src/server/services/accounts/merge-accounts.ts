import type { WriteScope } from "@quartet/core";
import { eq } from "drizzle-orm";
import { accounts, deals, offers, projectOrders } from "../../../db/schema.ts";
import type { FarmingContext } from "../../context.ts";
import { recomputeClients } from "../recompute/recompute-clients.ts";
import { accountOf } from "./require-account.ts";

/** Two merged clients: `fromId` lives on as `intoId`. */
export type MergedClients = { fromId: string; intoId: string };

/** The farmer's inputs on the surviving account: its own where set, the merged client's otherwise. */
async function keepInputs(scope: WriteScope, { fromId, intoId }: MergedClients): Promise<void> {
  const from = await accountOf(scope.tx, fromId);
  if (!from) return;
  const into = await accountOf(scope.tx, intoId);
  if (!into) {
    await scope.tx.update(accounts).set({ clientId: intoId }).where(eq(accounts.clientId, fromId));
    return;
  }
  const inputs = {
    cadenceOverrideDays: into.cadenceOverrideDays ?? from.cadenceOverrideDays,
    potentialMinor: into.potentialMinor ?? from.potentialMinor,
  };
  await scope.tx.update(accounts).set(inputs).where(eq(accounts.clientId, intoId));
  await scope.tx.delete(accounts).where(eq(accounts.clientId, fromId));
}

/** Decisions on offers move; on the same category the surviving client's stands, unless only the merged one's was accepted. */
async function moveDecisions(scope: WriteScope, { fromId, intoId }: MergedClients): Promise<void> {
  const theirs = await scope.tx.select().from(offers).where(eq(offers.clientId, fromId));
  const ours = new Map(
    (await scope.tx.select().from(offers).where(eq(offers.clientId, intoId))).map((o) => [o.categoryId, o]),
  );
  for (const decision of theirs) {
    const clash = ours.get(decision.categoryId);
    const wins = !clash || (decision.status === "accepted" && clash.status !== "accepted");
    if (clash && wins) await scope.tx.delete(offers).where(eq(offers.id, clash.id));
    if (wins) await scope.tx.update(offers).set({ clientId: intoId }).where(eq(offers.id, decision.id));
    else await scope.tx.delete(offers).where(eq(offers.id, decision.id));
  }
}

/**
 * Carries farming's part of a merge over to the surviving client: the farmer's inputs (cadence
 * override, potential — the surviving client's own win), expansion deals, offer decisions and
 * project marks; the merged client's account goes and the survivor's is recomputed from the
 * orders and payments core moved to it. Running it again finds nothing left to move.
 */
export async function mergeAccounts(ctx: FarmingContext, scope: WriteScope, merged: MergedClients) {
  const { fromId, intoId } = merged;
  await keepInputs(scope, merged);
  await scope.tx.update(deals).set({ clientId: intoId }).where(eq(deals.clientId, fromId));
  await moveDecisions(scope, merged);
  await scope.tx.update(projectOrders).set({ clientId: intoId }).where(eq(projectOrders.clientId, fromId));
  await recomputeClients(ctx, scope, [intoId]);
}

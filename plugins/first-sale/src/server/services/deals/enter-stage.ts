import { newId, type WriteScope } from "@quartet/core";
import { eq } from "drizzle-orm";
import { deals, stageHistory } from "../../../db/schema.ts";

/** Records that a deal entered a stage (history row) and, unless it is new, moves it there. */
export async function enterStage(
  scope: WriteScope,
  move: { dealId: string; from: string | null; to: string; at: number; by: string },
  fields: Partial<typeof deals.$inferInsert> = {},
): Promise<void> {
  await scope.tx.insert(stageHistory).values({
    id: newId("dsh", move.at),
    dealId: move.dealId,
    fromStageId: move.from,
    toStageId: move.to,
    at: move.at,
    by: move.by,
  });
  if (move.from === null) return;
  await scope.tx
    .update(deals)
    .set({ ...fields, stageId: move.to, stageEnteredAt: move.at, updatedAt: move.at })
    .where(eq(deals.id, move.dealId));
}

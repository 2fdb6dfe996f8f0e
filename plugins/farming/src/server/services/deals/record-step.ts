import { newId, type WriteScope } from "@quartet/core";
import { dealHistory } from "../../../db/schema.ts";

/** Records that a deal entered a stage, `won` or `lost` (from null when it was opened), by whom and when. */
export async function recordStep(
  scope: WriteScope,
  step: { dealId: string; from: string | null; to: string; by: string; at: number },
): Promise<void> {
  await scope.tx.insert(dealHistory).values({
    id: newId("dhs", step.at),
    dealId: step.dealId,
    fromStage: step.from,
    toStage: step.to,
    actorId: step.by,
    at: step.at,
  });
}

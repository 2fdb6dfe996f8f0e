import { assertStageMove, type LifecycleStage, type ServiceContext } from "@quartet/core";
import type { z } from "zod";
import type { changeStageInput } from "./client-inputs.ts";
import { writableClient } from "./find-client.ts";
import { applyStageChange } from "./stage-change.ts";

/**
 * Moves a client along its lifecycle by a person's decision (`assertStageMove`: forward freely,
 * to `customer` with a basis, back to prospect or lead with a reason).
 */
export async function changeClientStage({
  ctx,
  input,
}: {
  ctx: ServiceContext;
  input: z.output<typeof changeStageInput>;
}): Promise<{ clientId: string; from: LifecycleStage; to: LifecycleStage }> {
  return ctx.org.write(ctx.actor, async (scope) => {
    const client = await writableClient(scope.tx, ctx.actor, input.clientId);
    assertStageMove(client.stage, input.to, { reason: input.reason, basis: input.basis });
    await applyStageChange(ctx, scope, client, input.to, input);
    return { clientId: client.id, from: client.stage, to: input.to };
  });
}

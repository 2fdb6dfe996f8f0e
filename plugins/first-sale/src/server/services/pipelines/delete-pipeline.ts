import { DomainError } from "@quartet/core";
import { count, eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { deals, pipelines } from "../../../db/schema.ts";
import type { FirstSaleContext } from "../../context.ts";
import { requirePipeline } from "./load-pipeline.ts";

/**
 * Deletes a pipeline that never held a deal (`CONFLICT` otherwise: deals keep their history).
 * The default pipeline is deleted only after another one is made the default.
 */
export async function deletePipeline({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: { pipelineId: string };
}) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const target = await requirePipeline(scope.tx, input.pipelineId);
    if (target.isDefault) {
      throw new DomainError("CONFLICT", m.defaultPipeline);
    }
    const [held] = await scope.tx.select({ n: count() }).from(deals).where(eq(deals.pipelineId, target.id));
    if ((held?.n ?? 0) > 0) {
      throw new DomainError("CONFLICT", m.pipelineHoldsDeals, { params: { count: held?.n ?? 0 } });
    }
    await scope.tx.delete(pipelines).where(eq(pipelines.id, target.id));
    await scope.audit({
      action: "first-sale.pipeline.delete",
      entity: "pipeline",
      entityId: target.id,
      before: target,
    });
    return { id: target.id };
  });
}

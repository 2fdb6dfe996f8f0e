import { eq, ne } from "drizzle-orm";
import { pipelines } from "../../../db/schema.ts";
import type { FirstSaleContext } from "../../context.ts";
import { requirePipeline } from "./load-pipeline.ts";

/** Makes a pipeline the default one: deals from leads start there. */
export async function setDefaultPipeline({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: { pipelineId: string };
}) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const target = await requirePipeline(scope.tx, input.pipelineId);
    const now = ctx.clock.now();
    await scope.tx
      .update(pipelines)
      .set({ isDefault: false, updatedAt: now })
      .where(ne(pipelines.id, target.id));
    await scope.tx
      .update(pipelines)
      .set({ isDefault: true, updatedAt: now })
      .where(eq(pipelines.id, target.id));
    await scope.audit({ action: "first-sale.pipeline.default", entity: "pipeline", entityId: target.id });
    return { id: target.id };
  });
}

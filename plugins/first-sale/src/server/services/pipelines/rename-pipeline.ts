import { eq } from "drizzle-orm";
import { pipelines } from "../../../db/schema.ts";
import type { FirstSaleContext } from "../../context.ts";
import { requirePipeline } from "./load-pipeline.ts";

/** Renames a pipeline. */
export async function renamePipeline({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: { pipelineId: string; name: string };
}) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const before = await requirePipeline(scope.tx, input.pipelineId);
    await scope.tx
      .update(pipelines)
      .set({ name: input.name, updatedAt: ctx.clock.now() })
      .where(eq(pipelines.id, before.id));
    await scope.audit({
      action: "first-sale.pipeline.rename",
      entity: "pipeline",
      entityId: before.id,
      before: { name: before.name },
      after: { name: input.name },
    });
    return { id: before.id, name: input.name };
  });
}

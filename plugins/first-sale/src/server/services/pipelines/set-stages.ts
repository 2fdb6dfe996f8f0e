import { newId } from "@quartet/core";
import { and, count, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import { deals, stages } from "../../../db/schema.ts";
import { planStages } from "../../../domain/pipeline.ts";
import type { FirstSaleContext } from "../../context.ts";
import { requirePipeline, stagesOf } from "./load-pipeline.ts";
import type { stageDraftsInput } from "./pipeline-input.ts";

/**
 * Replaces a pipeline's working stages with the submitted list, in its order: stages with an id
 * are renamed and re-weighted, stages without one are added, stages left out are removed
 * (`CONFLICT` while they hold open deals). The won and lost stages stay last.
 */
export async function setStages({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: { pipelineId: string; stages: z.output<typeof stageDraftsInput> };
}) {
  return ctx.org.write(ctx.actor, async (scope) => {
    const pipeline = await requirePipeline(scope.tx, input.pipelineId);
    const current = await stagesOf(scope.tx, pipeline.id);
    const held = await scope.tx
      .select({ stageId: deals.stageId, n: count() })
      .from(deals)
      .where(and(eq(deals.pipelineId, pipeline.id), eq(deals.status, "open")))
      .groupBy(deals.stageId);
    const plan = planStages(current, input.stages, new Map(held.map((h) => [h.stageId, h.n])));
    const now = ctx.clock.now();
    if (plan.remove.length) await scope.tx.delete(stages).where(inArray(stages.id, plan.remove));
    for (const s of plan.change) {
      const { name, probability, rottingDays, position } = s;
      await scope.tx
        .update(stages)
        .set({ name, probability, rottingDays, position })
        .where(eq(stages.id, s.id));
    }
    if (plan.add.length) {
      await scope.tx.insert(stages).values(
        plan.add.map((s) => ({
          id: newId("stg", now),
          pipelineId: pipeline.id,
          name: s.name,
          position: s.position,
          kind: "open" as const,
          probability: s.probability,
          rottingDays: s.rottingDays,
          createdAt: now,
        })),
      );
    }
    for (const kind of ["won", "lost"] as const) {
      const position = kind === "won" ? plan.wonPosition : plan.lostPosition;
      await scope.tx
        .update(stages)
        .set({ position })
        .where(and(eq(stages.pipelineId, pipeline.id), eq(stages.kind, kind)));
    }
    const after = await stagesOf(scope.tx, pipeline.id);
    await scope.audit({
      action: "first-sale.pipeline.stages",
      entity: "pipeline",
      entityId: pipeline.id,
      before: current,
      after,
    });
    return { id: pipeline.id, stages: after };
  });
}

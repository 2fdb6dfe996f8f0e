import { DomainError, type WriteScope } from "@quartet/core";
import { firstOpenStage } from "../../../domain/pipeline.ts";
import type { FirstSaleContext } from "../../context.ts";
import { ensureDefaultPipeline } from "../pipelines/ensure-default-pipeline.ts";
import { requirePipeline, requireStage, type StageRow, stagesOf } from "../pipelines/load-pipeline.ts";

/**
 * Where a new deal starts: the given working stage, else the first stage of the given pipeline,
 * else the first stage of the default one. `BAD_INPUT` naming `stageId` for a terminal stage or
 * one of another pipeline.
 */
export async function startStage(
  ctx: FirstSaleContext,
  scope: WriteScope,
  where: { pipelineId?: string | undefined; stageId?: string | undefined },
): Promise<StageRow> {
  if (where.stageId) {
    const stage = await requireStage(scope.tx, where.stageId);
    if (stage.kind !== "open" || (where.pipelineId && stage.pipelineId !== where.pipelineId)) {
      throw new DomainError("BAD_INPUT", "A new deal starts in a working stage of its pipeline", {
        fields: { stageId: "Choose a working stage of the pipeline" },
      });
    }
    return stage;
  }
  const pipelineId = where.pipelineId
    ? (await requirePipeline(scope.tx, where.pipelineId)).id
    : await ensureDefaultPipeline(ctx, scope);
  const first = firstOpenStage(await stagesOf(scope.tx, pipelineId));
  if (!first) throw new DomainError("INTERNAL", "The pipeline has no working stage");
  return first;
}

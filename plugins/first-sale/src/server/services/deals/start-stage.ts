import { DomainError, type WriteScope } from "@quartet/core";
import { m } from "../../../contracts/messages.ts";
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
      throw new DomainError("BAD_INPUT", m.startWorking, {
        fields: { stageId: m.chooseWorkingStage },
      });
    }
    return stage;
  }
  const pipelineId = where.pipelineId
    ? (await requirePipeline(scope.tx, where.pipelineId)).id
    : await ensureDefaultPipeline(ctx, scope);
  const first = firstOpenStage(await stagesOf(scope.tx, pipelineId));
  if (!first) throw new DomainError("INTERNAL", m.noWorkingStage);
  return first;
}

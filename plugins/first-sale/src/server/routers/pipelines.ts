import { router } from "@quartet/core/trpc";
import { z } from "zod";
import { firstSalePermissions as p } from "../../contracts/permissions.ts";
import { proc } from "../procedures.ts";
import { createPipeline } from "../services/pipelines/create-pipeline.ts";
import { deletePipeline } from "../services/pipelines/delete-pipeline.ts";
import { listPipelines } from "../services/pipelines/list-pipelines.ts";
import { pipelineId, pipelineName, stageDraftsInput } from "../services/pipelines/pipeline-input.ts";
import { renamePipeline } from "../services/pipelines/rename-pipeline.ts";
import { setDefaultPipeline } from "../services/pipelines/set-default-pipeline.ts";
import { setStages } from "../services/pipelines/set-stages.ts";

const manage = proc(p.pipelinesManage);

/** `firstSale.pipelines`: pipelines and their stages. */
export const pipelinesRouter = router({
  list: proc(p.dealsRead).query(({ ctx }) => listPipelines({ ctx: ctx.service })),
  create: manage
    .input(z.object({ name: pipelineName, stages: stageDraftsInput.optional() }))
    .mutation(({ ctx, input }) => createPipeline({ ctx: ctx.service, input })),
  rename: manage
    .input(pipelineId.extend({ name: pipelineName }))
    .mutation(({ ctx, input }) => renamePipeline({ ctx: ctx.service, input })),
  setStages: manage
    .input(pipelineId.extend({ stages: stageDraftsInput }))
    .mutation(({ ctx, input }) => setStages({ ctx: ctx.service, input })),
  setDefault: manage
    .input(pipelineId)
    .mutation(({ ctx, input }) => setDefaultPipeline({ ctx: ctx.service, input })),
  remove: manage.input(pipelineId).mutation(({ ctx, input }) => deletePipeline({ ctx: ctx.service, input })),
});

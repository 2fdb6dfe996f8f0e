import type { z } from "zod";
import { defaultStages, planStages } from "../../../domain/pipeline.ts";
import { type FirstSaleContext, orgInfo } from "../../context.ts";
import { insertPipeline } from "./insert-pipeline.ts";
import { defaultPipeline } from "./load-pipeline.ts";
import type { pipelineName, stageDraftsInput } from "./pipeline-input.ts";

/** A new pipeline: a name and, optionally, its working stages (the default stages otherwise). */
export type CreatePipelineInput = {
  name: z.output<typeof pipelineName>;
  stages?: z.output<typeof stageDraftsInput> | undefined;
};

/** Creates a pipeline; the first pipeline of an organisation becomes its default. */
export async function createPipeline({ ctx, input }: { ctx: FirstSaleContext; input: CreatePipelineInput }) {
  const { locale } = await orgInfo(ctx);
  const defaults = defaultStages(locale);
  const open = input.stages
    ? planStages(
        [],
        input.stages.map(({ id: _, ...s }) => s),
        new Map(),
      ).add
    : defaults.open;
  return ctx.org.write(ctx.actor, async (scope) => {
    const isDefault = (await defaultPipeline(scope.tx)) === null;
    const id = await insertPipeline(scope, ctx.clock.now(), {
      ...defaults,
      open,
      name: input.name,
      isDefault,
    });
    await scope.audit({
      action: "first-sale.pipeline.create",
      entity: "pipeline",
      entityId: id,
      after: input,
    });
    return { id };
  });
}

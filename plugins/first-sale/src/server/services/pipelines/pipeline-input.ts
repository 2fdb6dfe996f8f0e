import { cleanText } from "@quartet/core";
import { z } from "zod";
import { m } from "../../../contracts/messages.ts";

/** A pipeline's name. */
export const pipelineName = z.string().trim().min(1, m.namePipeline).max(100);

/** A working stage as the editor submits it; `id` for an existing stage. */
export const stageDraftInput = z.object({
  id: z.string().min(1).optional(),
  name: cleanText(100).min(1, m.nameStage),
  probability: z.number().int(m.wholePercent).min(0, m.atLeast0Percent).max(100, m.atMost100Percent),
  rottingDays: z.number().int(m.wholeDays).min(1, m.atLeastOneDay).max(365, m.atMost365Days).nullable(),
});

/** The ordered working stages of a pipeline. */
export const stageDraftsInput = z.array(stageDraftInput).min(1, m.oneStage).max(20, m.atMost20Stages);

/** A pipeline id. */
export const pipelineId = z.object({ pipelineId: z.string().min(1, m.choosePipeline) });

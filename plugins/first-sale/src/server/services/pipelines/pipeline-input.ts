import { z } from "zod";

/** A pipeline's name. */
export const pipelineName = z.string().trim().min(1, "Name the pipeline").max(100, "At most 100 characters");

/** A working stage as the editor submits it; `id` for an existing stage. */
export const stageDraftInput = z.object({
  id: z.string().min(1).optional(),
  name: z.string().trim().min(1, "Name the stage").max(100, "At most 100 characters"),
  probability: z.number().int("Whole percent").min(0, "At least 0 %").max(100, "At most 100 %"),
  rottingDays: z.number().int("Whole days").min(1, "At least 1 day").max(365, "At most 365 days").nullable(),
});

/** The ordered working stages of a pipeline. */
export const stageDraftsInput = z
  .array(stageDraftInput)
  .min(1, "Add at least one stage")
  .max(20, "At most 20 stages");

/** A pipeline id. */
export const pipelineId = z.object({ pipelineId: z.string().min(1, "Choose a pipeline") });

import { asc } from "drizzle-orm";
import { pipelines, stages } from "../../../db/schema.ts";
import type { FirstSaleContext } from "../../context.ts";

/** Every pipeline with its stages in order, the default first. */
export async function listPipelines({ ctx }: { ctx: FirstSaleContext }) {
  const db = ctx.org.db;
  const all = await db.select().from(pipelines).orderBy(asc(pipelines.position), asc(pipelines.createdAt));
  const allStages = await db.select().from(stages).orderBy(asc(stages.position));
  return all
    .map((p) => ({ ...p, stages: allStages.filter((s) => s.pipelineId === p.id) }))
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
}

import { DomainError, type OrgDatabase, type OrgTransaction } from "@quartet/core";
import { asc, desc, eq } from "drizzle-orm";
import { m } from "../../../contracts/messages.ts";
import { pipelines, stages } from "../../../db/schema.ts";

/** Where a read runs: the organisation's database or the open write transaction. */
export type Reader = OrgDatabase | OrgTransaction;

/** A stage row. */
export type StageRow = typeof stages.$inferSelect;

/** The pipeline, or NOT_FOUND naming `pipelineId`. */
export async function requirePipeline(db: Reader, pipelineId: string) {
  const [row] = await db.select().from(pipelines).where(eq(pipelines.id, pipelineId));
  if (!row)
    throw new DomainError("NOT_FOUND", m.noSuchPipeline, { fields: { pipelineId: m.noSuchPipeline } });
  return row;
}

/** A pipeline's stages in order. */
export function stagesOf(db: Reader, pipelineId: string): Promise<StageRow[]> {
  return db.select().from(stages).where(eq(stages.pipelineId, pipelineId)).orderBy(asc(stages.position));
}

/** The default pipeline (the oldest one if none is marked), or null when there is no pipeline at all. */
export async function defaultPipeline(db: Reader) {
  const [row] = await db
    .select()
    .from(pipelines)
    .orderBy(desc(pipelines.isDefault), asc(pipelines.position), asc(pipelines.createdAt))
    .limit(1);
  return row ?? null;
}

/** The stage, or NOT_FOUND naming `stageId`. */
export async function requireStage(db: Reader, stageId: string): Promise<StageRow> {
  const [row] = await db.select().from(stages).where(eq(stages.id, stageId));
  if (!row) throw new DomainError("NOT_FOUND", m.noSuchStage, { fields: { stageId: m.noSuchStage } });
  return row;
}

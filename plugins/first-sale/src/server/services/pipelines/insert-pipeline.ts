import { newId, type WriteScope } from "@quartet/core";
import { sql } from "drizzle-orm";
import { pipelines, stages } from "../../../db/schema.ts";
import type { StageDraft } from "../../../domain/pipeline.ts";

/** What a new pipeline is made of: a name, working stages in order and the terminal stages' names. */
export type NewPipeline = {
  name: string;
  open: readonly StageDraft[];
  won: string;
  lost: string;
  isDefault: boolean;
};

/** Inserts a pipeline with its working stages, then its won (100 %) and lost (0 %) stages; returns its id. */
export async function insertPipeline(scope: WriteScope, now: number, input: NewPipeline): Promise<string> {
  const id = newId("pip", now);
  const [last] = await scope.tx
    .select({ max: sql<number | null>`max(${pipelines.position})` })
    .from(pipelines);
  await scope.tx.insert(pipelines).values({
    id,
    name: input.name,
    isDefault: input.isDefault,
    position: (last?.max ?? -1) + 1,
    createdAt: now,
    updatedAt: now,
  });
  const rows = [
    ...input.open.map((s, position) => ({ ...s, kind: "open" as const, position })),
    {
      name: input.won,
      probability: 100,
      rottingDays: null,
      kind: "won" as const,
      position: input.open.length,
    },
    {
      name: input.lost,
      probability: 0,
      rottingDays: null,
      kind: "lost" as const,
      position: input.open.length + 1,
    },
  ];
  await scope.tx.insert(stages).values(
    rows.map((s) => ({
      id: newId("stg", now),
      pipelineId: id,
      name: s.name.trim(),
      position: s.position,
      kind: s.kind,
      probability: s.probability,
      rottingDays: s.rottingDays,
      createdAt: now,
    })),
  );
  return id;
}

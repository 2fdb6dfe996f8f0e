import { and, eq, like, or, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { deals, stages } from "../../../db/schema.ts";

const dayMs = 86_400_000;

/** Filters of the deal list; all optional. */
export const dealFiltersInput = z.object({
  pipelineId: z.string().min(1).optional(),
  stageId: z.string().min(1).optional(),
  status: z.enum(["open", "won", "lost"]).optional(),
  hunterId: z.string().min(1).optional(),
  clientId: z.string().min(1).optional(),
  /** Only open deals that rot (stale in their stage, or without a next step). */
  rotting: z.boolean().optional(),
  /** Only open deals without a next step. */
  withoutNextStep: z.boolean().optional(),
  search: z.string().trim().max(100).optional(),
});

/** SQL for "has no next step". */
export const noNextStep = sql`(coalesce(trim(${deals.nextStepText}), '') = '' and ${deals.nextStepTaskId} is null)`;

/** SQL for "rots at `now`" (needs `stages` joined): the same rule as the domain's `isRotting`. */
export function rottingAt(now: number): SQL {
  const stale = sql`(${stages.rottingDays} is not null and ${now} - ${deals.stageEnteredAt} > ${stages.rottingDays} * ${dayMs})`;
  return sql`(${deals.status} = 'open' and (${stale} or ${noNextStep}))`;
}

/** The WHERE conditions of a filter set. */
export function dealConditions(f: z.output<typeof dealFiltersInput>, now: number): (SQL | undefined)[] {
  const escaped = f.search?.replace(/[\\%_]/g, (ch) => `\\${ch}`);
  return [
    f.pipelineId ? eq(deals.pipelineId, f.pipelineId) : undefined,
    f.stageId ? eq(deals.stageId, f.stageId) : undefined,
    f.status ? eq(deals.status, f.status) : undefined,
    f.hunterId ? eq(deals.hunterId, f.hunterId) : undefined,
    f.clientId ? eq(deals.clientId, f.clientId) : undefined,
    f.rotting ? rottingAt(now) : undefined,
    f.withoutNextStep ? and(eq(deals.status, "open"), noNextStep) : undefined,
    escaped ? or(like(deals.title, `%${escaped}%`), like(deals.source, `%${escaped}%`)) : undefined,
  ];
}

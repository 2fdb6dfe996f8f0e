import { count, eq, type SQL, sql } from "drizzle-orm";
import { deals, stages } from "../../../db/schema.ts";
import { type StageSum, stageSum } from "../../../domain/deal-sums.ts";
import type { Reader } from "../pipelines/load-pipeline.ts";

/**
 * Count, plain and weighted sums of the deals matching `where`, per stage and currency, in one
 * grouped read (`stages` joined, so the rotting filter works). The board's columns and total and
 * the list's sums all come from here, which is why they agree for the same filter.
 */
export async function stageSums(db: Reader, where: SQL | undefined): Promise<StageSum[]> {
  const rows = await db
    .select({
      stageId: deals.stageId,
      currency: deals.currency,
      probability: stages.probability,
      count: count(),
      amountMinor: sql<number>`coalesce(sum(${deals.amountMinor}), 0)`.mapWith(Number),
    })
    .from(deals)
    .innerJoin(stages, eq(stages.id, deals.stageId))
    .where(where)
    .groupBy(deals.stageId, deals.currency);
  return rows.map(({ probability, ...row }) => stageSum(row, probability));
}

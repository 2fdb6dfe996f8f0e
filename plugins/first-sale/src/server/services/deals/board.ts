import { type CurrencyCode, money, percentOf } from "@quartet/core";
import { and, asc, eq, gte, or } from "drizzle-orm";
import { deals } from "../../../db/schema.ts";
import type { FirstSaleContext } from "../../context.ts";
import { defaultPipeline, requirePipeline, stagesOf } from "../pipelines/load-pipeline.ts";
import { dealOf } from "./deal-view.ts";
import { visibleDeals } from "./load-deal.ts";

const recentMs = 30 * 86_400_000;
const perColumn = 100;

/**
 * Kanban data of a pipeline (the default one unless given): a column per stage with its deals
 * (open ones; in the won and lost columns, those closed in the last 30 days), their count, and
 * sums and weighted sums per currency. Each column lists at most 100 deals, oldest in stage first.
 */
export async function board({
  ctx,
  input,
}: {
  ctx: FirstSaleContext;
  input: { pipelineId?: string | undefined };
}) {
  const db = ctx.org.db;
  const pipeline = input.pipelineId ? await requirePipeline(db, input.pipelineId) : await defaultPipeline(db);
  if (!pipeline) return { pipeline: null, columns: [] };
  const stages = await stagesOf(db, pipeline.id);
  const now = ctx.clock.now();
  const rows = await db
    .select()
    .from(deals)
    .where(
      and(
        eq(deals.pipelineId, pipeline.id),
        visibleDeals(ctx.actor),
        or(eq(deals.status, "open"), gte(deals.wonAt, now - recentMs), gte(deals.lostAt, now - recentMs)),
      ),
    )
    .orderBy(asc(deals.stageEnteredAt));
  const columns = stages.map((stage) => {
    const inStage = rows.filter((d) => d.stageId === stage.id);
    const totals = new Map<string, { currency: string; amountMinor: number; weightedMinor: number }>();
    for (const d of inStage) {
      const t = totals.get(d.currency) ?? { currency: d.currency, amountMinor: 0, weightedMinor: 0 };
      t.amountMinor += d.amountMinor;
      t.weightedMinor += percentOf(
        money(d.amountMinor, d.currency as CurrencyCode),
        stage.probability,
      ).amountMinor;
      totals.set(d.currency, t);
    }
    return {
      stage,
      count: inStage.length,
      totals: [...totals.values()],
      deals: inStage.slice(0, perColumn).map((d) => dealOf(d, stage, now)),
    };
  });
  return { pipeline, columns };
}

import { and, asc, eq, gte, isNotNull, or } from "drizzle-orm";
import { z } from "zod";
import { deals, stages } from "../../../db/schema.ts";
import { closedPeriods, closedSince } from "../../../domain/closed-period.ts";
import { sumsByCurrency } from "../../../domain/deal-sums.ts";
import { nextStepOverdue } from "../../../domain/next-step.ts";
import type { FirstSaleContext } from "../../context.ts";
import { defaultPipeline, requirePipeline, stagesOf } from "../pipelines/load-pipeline.ts";
import { dealConditions, dealFiltersInput, filterFrame } from "./deal-filters.ts";
import { stageSums } from "./deal-totals.ts";
import { dealOf } from "./deal-view.ts";
import { visibleDeals } from "./load-deal.ts";

const perColumn = 100;

/**
 * The board's input: a pipeline (the default one when left out), the list's filters a board keeps,
 * and how far back its won and lost columns reach (`closed`, 30 days unless asked).
 */
export const boardInput = dealFiltersInput
  .pick({
    pipelineId: true,
    hunterId: true,
    mine: true,
    source: true,
    rotting: true,
    nextStepOverdue: true,
    search: true,
  })
  .extend({ closed: z.enum(closedPeriods).default("30d") });

/**
 * Kanban data of a pipeline: a column per stage with its deals (open ones; in the won and lost
 * columns, those closed in the `closed` period: 30 days, this quarter in the organisation's time
 * zone, or all time; the answer repeats it), their count and sums per currency (plain and
 * weighted by the stage's probability), and the board's total — the open deals, i.e. the working
 * columns — from the same grouped read as the list's sums (`stageSums`). Each column lists at most
 * 100 deals, oldest in stage first (each marked when its next step is overdue in the
 * organisation's calendar); its count and sums cover all of them. `sources` are the
 * pipeline's deal sources, for the source filter; `currency` the organisation's, for empty sums.
 */
export async function board({ ctx, input }: { ctx: FirstSaleContext; input: z.output<typeof boardInput> }) {
  const db = ctx.org.db;
  const pipeline = input.pipelineId ? await requirePipeline(db, input.pipelineId) : await defaultPipeline(db);
  const frame = await filterFrame(ctx);
  if (!pipeline) {
    return {
      pipeline: null,
      columns: [],
      totals: [],
      sources: [],
      currency: frame.currency,
      closed: input.closed,
    };
  }
  const { now } = frame;
  const since = closedSince(input.closed, now, frame.timeZone);
  const inPipeline = and(eq(deals.pipelineId, pipeline.id), visibleDeals(ctx.actor));
  const where = and(
    inPipeline,
    ...dealConditions({ ...input, pipelineId: pipeline.id }, frame),
    since === null
      ? undefined
      : or(eq(deals.status, "open"), gte(deals.wonAt, since), gte(deals.lostAt, since)),
  );
  const [stageRows, rows, sums, sourceRows] = await Promise.all([
    stagesOf(db, pipeline.id),
    db
      .select({ deal: deals })
      .from(deals)
      .innerJoin(stages, eq(stages.id, deals.stageId))
      .where(where)
      .orderBy(asc(deals.stageEnteredAt)),
    stageSums(db, where),
    db
      .selectDistinct({ source: deals.source })
      .from(deals)
      .where(and(inPipeline, isNotNull(deals.source)))
      .orderBy(asc(deals.source)),
  ]);
  const columns = stageRows.map((stage) => {
    const inStage = rows.filter((r) => r.deal.stageId === stage.id);
    const totals = sumsByCurrency(sums.filter((s) => s.stageId === stage.id));
    return {
      stage,
      count: totals.reduce((n, t) => n + t.count, 0),
      totals,
      deals: inStage.slice(0, perColumn).map((r) => ({
        ...dealOf(r.deal, stage, now),
        nextStepOverdue: nextStepOverdue(r.deal, frame.today),
      })),
    };
  });
  const working = new Set(stageRows.filter((s) => s.kind === "open").map((s) => s.id));
  return {
    pipeline,
    columns,
    totals: sumsByCurrency(sums.filter((s) => working.has(s.stageId))),
    sources: sourceRows.flatMap((r) => (r.source ? [r.source] : [])),
    currency: frame.currency,
    closed: input.closed,
  };
}

import type { CurrencyCode } from "@quartet/core";
import { asc, eq } from "drizzle-orm";
import { stageHistory } from "../../../db/schema.ts";
import type { FirstSaleContext } from "../../context.ts";
import { requirePipeline, stagesOf } from "../pipelines/load-pipeline.ts";
import { listProposals } from "../proposals/list-proposals.ts";
import { dealOf, lineOf } from "./deal-view.ts";
import { linesOf, requireDeal } from "./load-deal.ts";

/**
 * A deal's page: the deal, its pipeline and stages, lines, stage history, proposals and its
 * invoice (core's order: the admin app reads its payments with `core.orders.get`, the timeline
 * with `core.timeline.list`).
 */
export async function getDeal({ ctx, input }: { ctx: FirstSaleContext; input: { dealId: string } }) {
  const db = ctx.org.db;
  const deal = await requireDeal(db, ctx.actor, input.dealId);
  const stages = await stagesOf(db, deal.pipelineId);
  const pipeline = await requirePipeline(db, deal.pipelineId);
  const currency = deal.currency as CurrencyCode;
  const history = await db
    .select()
    .from(stageHistory)
    .where(eq(stageHistory.dealId, deal.id))
    .orderBy(asc(stageHistory.at), asc(stageHistory.id));
  return {
    deal: dealOf(
      deal,
      stages.find((s) => s.id === deal.stageId),
      ctx.clock.now(),
    ),
    pipeline: { ...pipeline, stages },
    lines: (await linesOf(db, deal.id)).map((l) => lineOf(l, currency)),
    history,
    proposals: await listProposals({ ctx, input: { dealId: deal.id } }),
    invoice: deal.orderId ? { orderId: deal.orderId, number: deal.orderNumber } : null,
  };
}

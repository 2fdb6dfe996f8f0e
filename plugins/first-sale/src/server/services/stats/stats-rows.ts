import { and, eq } from "drizzle-orm";
import { deals, stages } from "../../../db/schema.ts";
import type { FirstSaleContext } from "../../context.ts";
import { visibleDeals } from "../deals/load-deal.ts";

/** Deals with their stage's probability and rotting days, for the forecast and the statistics. */
export function dealsWithStages(
  ctx: Pick<FirstSaleContext, "org"> & { actor?: FirstSaleContext["actor"] },
  filter: { pipelineId?: string | undefined; hunterId?: string | undefined; status?: "open" } = {},
) {
  return ctx.org.db
    .select({
      status: deals.status,
      currency: deals.currency,
      amountMinor: deals.amountMinor,
      paidMinor: deals.paidMinor,
      hunterId: deals.hunterId,
      expectedCloseOn: deals.expectedCloseOn,
      createdAt: deals.createdAt,
      leadRequestId: deals.leadRequestId,
      leadQualifiedAt: deals.leadQualifiedAt,
      wonAt: deals.wonAt,
      lostAt: deals.lostAt,
      lostReason: deals.lostReason,
      stageEnteredAt: deals.stageEnteredAt,
      nextStepText: deals.nextStepText,
      nextStepTaskId: deals.nextStepTaskId,
      probability: stages.probability,
      rottingDays: stages.rottingDays,
    })
    .from(deals)
    .innerJoin(stages, eq(stages.id, deals.stageId))
    .where(
      and(
        filter.pipelineId ? eq(deals.pipelineId, filter.pipelineId) : undefined,
        filter.hunterId ? eq(deals.hunterId, filter.hunterId) : undefined,
        filter.status ? eq(deals.status, filter.status) : undefined,
        ctx.actor ? visibleDeals(ctx.actor) : undefined,
      ),
    );
}

/** One row of `dealsWithStages`. */
export type DealWithStage = Awaited<ReturnType<typeof dealsWithStages>>[number];

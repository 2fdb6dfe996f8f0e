import { likeText, localDate } from "@quartet/core";
import { and, eq, lt, or, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { m } from "../../../contracts/messages.ts";
import { deals, stages } from "../../../db/schema.ts";
import { type FirstSaleContext, orgInfo } from "../../context.ts";

const dayMs = 86_400_000;

/** Filters of the deal list and the board; all optional. */
export const dealFiltersInput = z.object({
  pipelineId: z.string().min(1).optional(),
  stageId: z.string().min(1).optional(),
  status: z.enum(["open", "won", "lost"]).optional(),
  hunterId: z.string().min(1).optional(),
  clientId: z.string().min(1).optional(),
  /** Only the deals the viewer hunts. */
  mine: z.boolean().optional(),
  /** Only deals from this source (as stored, e.g. `form:Сайт`). */
  source: z.string().trim().min(1, m.nameSource).max(200).optional(),
  /** Only open deals that rot (stale in their stage, or without a next step). */
  rotting: z.boolean().optional(),
  /** Only open deals without a next step. */
  withoutNextStep: z.boolean().optional(),
  /** Only open deals whose next step was due before the organisation's today. */
  nextStepOverdue: z.boolean().optional(),
  search: z.string().trim().max(100).optional(),
});

/** A filter set as the services take it. */
export type DealFilters = z.output<typeof dealFiltersInput>;

/** What a filter set is read against: the instant, the organisation's business date, the viewer. */
export type FilterFrame = { now: number; today: string; viewerId: string };

/**
 * The frame of a request (the clock's now, today in the organisation's time zone, the actor), the
 * organisation's currency, in which empty sums are shown, and its time zone (the board's quarter).
 */
export async function filterFrame(
  ctx: FirstSaleContext,
): Promise<FilterFrame & { currency: string; timeZone: string }> {
  const now = ctx.clock.now();
  const { timeZone, currency } = await orgInfo(ctx);
  return { now, today: localDate(now, timeZone), viewerId: ctx.actor.id, currency, timeZone };
}

/** SQL for "has no next step". */
export const noNextStep = sql`(coalesce(trim(${deals.nextStepText}), '') = '' and ${deals.nextStepTaskId} is null)`;

/** SQL for "rots at `now`" (needs `stages` joined): the same rule as the domain's `isRotting`. */
export function rottingAt(now: number): SQL {
  const stale = sql`(${stages.rottingDays} is not null and ${now} - ${deals.stageEnteredAt} > ${stages.rottingDays} * ${dayMs})`;
  return sql`(${deals.status} = 'open' and (${stale} or ${noNextStep}))`;
}

/** SQL for "an open deal whose next step's date is before `today`". */
export function overdueOn(today: string): SQL | undefined {
  return and(eq(deals.status, "open"), lt(deals.nextStepDueOn, today));
}

/** The WHERE conditions of a filter set. */
export function dealConditions(f: DealFilters, frame: FilterFrame): (SQL | undefined)[] {
  return [
    f.pipelineId ? eq(deals.pipelineId, f.pipelineId) : undefined,
    f.stageId ? eq(deals.stageId, f.stageId) : undefined,
    f.status ? eq(deals.status, f.status) : undefined,
    f.hunterId ? eq(deals.hunterId, f.hunterId) : undefined,
    f.clientId ? eq(deals.clientId, f.clientId) : undefined,
    f.mine ? eq(deals.hunterId, frame.viewerId) : undefined,
    f.source ? eq(deals.source, f.source) : undefined,
    f.rotting ? rottingAt(frame.now) : undefined,
    f.withoutNextStep ? and(eq(deals.status, "open"), noNextStep) : undefined,
    f.nextStepOverdue ? overdueOn(frame.today) : undefined,
    f.search ? or(likeText(deals.title, f.search), likeText(deals.source, f.search)) : undefined,
  ];
}

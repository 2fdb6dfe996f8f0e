import type { ServiceContext } from "@quartet/core";
import { activityPerPerson } from "./activity.ts";
import type { HomeDeps } from "./deps.ts";
import { overdueWork } from "./overdue.ts";
import { weekPeriod } from "./periods.ts";
import { pipelineTotals } from "./pipelines.ts";
import { planVsActual } from "./plan-vs-actual.ts";

/**
 * The head of sales' home page in one read: the month's plan vs actual per function metric,
 * activity this week per person, open-deal totals per function, and today's overdue work. Periods
 * are the organisation's month and ISO week in its own time zone.
 */
export async function readHome(deps: HomeDeps, ctx: ServiceContext, orgId: string) {
  const [org, members] = await Promise.all([deps.organisation(orgId), deps.members(orgId)]);
  const now = deps.clock.now();
  const [plan, activity, pipeline, overdue] = await Promise.all([
    planVsActual(deps, orgId, org.timeZone, org.defaultCurrency),
    activityPerPerson(ctx.org.db, members, weekPeriod(now, org.timeZone)),
    pipelineTotals(deps, orgId, org.defaultCurrency),
    overdueWork(ctx.org.db, now, ctx.actor, members),
  ]);
  return { at: now, timeZone: org.timeZone, plan, activity, pipeline, overdue };
}

/** What `core.home.get` answers. */
export type HomeReading = Awaited<ReturnType<typeof readHome>>;

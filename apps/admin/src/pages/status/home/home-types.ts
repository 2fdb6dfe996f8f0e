import type { QuartetClient } from "../../../lib/trpc.ts";

/** What `core.home.get` answers. */
export type HomeData = Awaited<ReturnType<QuartetClient["core"]["home"]["get"]["query"]>>;

/** One row of the month's plan. */
export type PlanRowData = HomeData["plan"]["metrics"][number];

/** What `core.home.targets` answers: the plan form of a month. */
export type TargetsData = Awaited<ReturnType<QuartetClient["core"]["home"]["targets"]["query"]>>;

/** One metric of the plan form. */
export type TargetMetric = TargetsData["metrics"][number];

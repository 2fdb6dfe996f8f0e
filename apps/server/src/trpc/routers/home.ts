import { corePermissions } from "@quartet/core";
import { protectedProcedure, router } from "@quartet/core/trpc";
import { z } from "zod";
import { homeOf, setTargetsInput } from "../../home/index.ts";
import type { MonthKey } from "../../home/periods.ts";

const read = protectedProcedure(corePermissions.monitorRead.id);
const manage = protectedProcedure(corePermissions.targetsManage.id);
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Give the month as YYYY-MM");

/** `core.home`: the head of sales' home page and the month's plan. */
export const homeRouter = router({
  /** Plan vs actual this month, activity this week per person, open-deal totals, overdue work. */
  get: read.query(({ ctx }) => homeOf(ctx.host.host).read(ctx.service, ctx.org.orgId)),
  /** The plan form for a month (this month by default): every plan metric with the target in force. */
  targets: read
    .input(z.object({ month: month.optional() }).optional())
    .query(({ ctx, input }) =>
      homeOf(ctx.host.host).targets(ctx.org.orgId, input?.month as MonthKey | undefined),
    ),
  /** Sets a month's targets; refused for an unknown function or metric, naming the field. */
  setTargets: manage
    .input(setTargetsInput)
    .mutation(({ ctx, input }) => homeOf(ctx.host.host).setTargets(ctx.actor, ctx.org.orgId, input)),
});

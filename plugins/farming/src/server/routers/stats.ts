import { router } from "@quartet/core/trpc";
import { farmingPermissions as p } from "../../contracts/permissions.ts";
import { proc } from "../procedures.ts";
import { summary, summaryInput } from "../services/stats/summary.ts";

/** `farming.stats`: retention, cohorts, repeat purchases, revenue mix, share of wallet, ladder and classes. */
export const statsRouter = router({
  summary: proc(p.statsRead)
    .input(summaryInput)
    .query(({ ctx, input }) => summary({ ctx: ctx.service, input })),
});

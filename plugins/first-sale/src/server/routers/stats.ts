import { router } from "@quartet/core/trpc";
import { firstSalePermissions as p } from "../../contracts/permissions.ts";
import { proc } from "../procedures.ts";
import { forecastDeals, forecastInput } from "../services/stats/forecast.ts";
import { summary, summaryInput } from "../services/stats/summary.ts";

const read = proc(p.statsRead);

/** `firstSale.stats`: the weighted forecast and the statistics of first sale. */
export const statsRouter = router({
  forecast: read.input(forecastInput).query(({ ctx, input }) => forecastDeals({ ctx: ctx.service, input })),
  summary: read.input(summaryInput).query(({ ctx, input }) => summary({ ctx: ctx.service, input })),
});

import { router } from "@quartet/core/trpc";
import { dealsRouter } from "./routers/deals.ts";
import { leadsRouter } from "./routers/leads.ts";
import { pipelinesRouter } from "./routers/pipelines.ts";
import { proposalsRouter } from "./routers/proposals.ts";
import { statsRouter } from "./routers/stats.ts";

/** First sale's procedures, mounted by the host under `firstSale`. */
export const firstSaleRouter = router({
  pipelines: pipelinesRouter,
  deals: dealsRouter,
  leads: leadsRouter,
  proposals: proposalsRouter,
  stats: statsRouter,
});

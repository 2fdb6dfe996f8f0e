import { type RouterClient, usePluginApi } from "@quartet/ui";
import type { inferRouterOutputs } from "@trpc/server";
import type { firstSaleRouter } from "../server/router.ts";

export { useCoreApi } from "@quartet/ui";

/** What first sale's procedures answer. */
export type FirstSaleOutputs = inferRouterOutputs<typeof firstSaleRouter>;

/** A deal's page as `deals.get` answers it. */
export type DealPageData = FirstSaleOutputs["deals"]["get"];

/** A deal as the list and the board show it. */
export type DealView = DealPageData["deal"];

/** A pipeline with its stages, as `pipelines.list` answers it. */
export type PipelineView = FirstSaleOutputs["pipelines"]["list"][number];

/** First sale's own procedures, typed from its router. */
export function useFirstSaleApi(): RouterClient<typeof firstSaleRouter> {
  return usePluginApi<typeof firstSaleRouter>();
}

import { usePluginApi } from "@quartet/ui";
import type { TRPCClient } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import type { firstSaleRouter } from "../server/router.ts";
import type { CoreView } from "./core-api.ts";

/** First sale's procedures as the admin app's client sees them (mounted under `firstSale`). */
export type FirstSaleClient = { firstSale: TRPCClient<typeof firstSaleRouter> };

/** What first sale's procedures answer. */
export type FirstSaleOutputs = inferRouterOutputs<typeof firstSaleRouter>;

/** A deal's page as `deals.get` answers it. */
export type DealPageData = FirstSaleOutputs["deals"]["get"];

/** A deal as the list and the board show it. */
export type DealView = DealPageData["deal"];

/** A pipeline with its stages, as `pipelines.list` answers it. */
export type PipelineView = FirstSaleOutputs["pipelines"]["list"][number];

/** The app's tRPC client, viewed through first sale's router type. */
export function useFirstSaleApi(): FirstSaleClient["firstSale"] {
  return (usePluginApi().trpc as FirstSaleClient).firstSale;
}

/** Core's procedures first sale's screens call, through the app's client. */
export function useCoreApi(): CoreView {
  return (usePluginApi().trpc as { core: CoreView }).core;
}

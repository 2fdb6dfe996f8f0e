import { type RouterClient, usePluginApi } from "@quartet/ui";
import type { inferRouterOutputs } from "@trpc/server";
import type { farmingRouter } from "../server/router.ts";

export { useCoreApi } from "@quartet/ui";

/** What farming's procedures answer. */
export type FarmingOutputs = inferRouterOutputs<typeof farmingRouter>;

/** Farming's own procedures, typed from its router. */
export function useFarmingApi(): RouterClient<typeof farmingRouter> {
  return usePluginApi<typeof farmingRouter>();
}

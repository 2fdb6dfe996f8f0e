import { usePluginApi } from "@quartet/ui";
import type { TRPCClient } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import type { farmingRouter } from "../server/router.ts";
import type { CoreView } from "./core-api.ts";

/** Farming's procedures as the admin app's client sees them (mounted under `farming`). */
export type FarmingClient = { farming: TRPCClient<typeof farmingRouter> };

/** What farming's procedures answer. */
export type FarmingOutputs = inferRouterOutputs<typeof farmingRouter>;

/** The app's tRPC client, viewed through farming's router type. */
export function useFarmingApi(): FarmingClient["farming"] {
  return (usePluginApi().trpc as FarmingClient).farming;
}

/** Core's procedures farming's screens call, through the app's client. */
export function useCoreApi(): CoreView {
  return (usePluginApi().trpc as { core: CoreView }).core;
}

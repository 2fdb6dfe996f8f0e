import { type QueryCall as Query, type Reading, usePluginApi } from "@quartet/ui";
import type { TRPCClient } from "@trpc/client";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { vipRouter } from "../server/router.ts";

/** VIP's procedures as the admin app's client sees them (mounted under `vip`). */
type VipClient = { vip: TRPCClient<typeof vipRouter> };

/** What VIP's procedures answer. */
export type VipOutputs = inferRouterOutputs<typeof vipRouter>;

/** What VIP's procedures take. */
export type VipInputs = inferRouterInputs<typeof vipRouter>;

/** The program as the server keeps it. */
export type Program = VipOutputs["program"]["get"];

/** One row of the key-account desk. */
export type DeskItem = VipOutputs["clients"]["list"]["items"][number];

/** A client's VIP card. */
export type ClientCard = VipOutputs["clients"]["get"];

/** The app's tRPC client, viewed through VIP's router type. */
export function useVipApi(): VipClient["vip"] {
  return (usePluginApi().trpc as VipClient).vip;
}

/** The slice of core's router VIP's screens use, typed by hand (core's router lives in the server app). */
type CoreView = {
  members: { list: Query<void, { userId: string; name: string }[]> };
  org: { get: Query<void, { defaultCurrency: string }> };
  monitor: { get: Query<void, { legs: { function: string; readings: Reading[] }[] }> };
};

/** Core's procedures VIP's screens call, through the app's client. */
export function useCoreApi(): CoreView {
  return (usePluginApi().trpc as { core: CoreView }).core;
}

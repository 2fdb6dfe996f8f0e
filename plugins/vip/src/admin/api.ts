import { type RouterClient, usePluginApi } from "@quartet/ui";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { vipRouter } from "../server/router.ts";

export { useCoreApi } from "@quartet/ui";

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

/** VIP's own procedures, typed from its router. */
export function useVipApi(): RouterClient<typeof vipRouter> {
  return usePluginApi<typeof vipRouter>();
}

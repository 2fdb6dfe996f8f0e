import { useCoreApi, usePluginApi } from "@quartet/ui";
import type { inferRouterOutputs } from "@trpc/server";
import type { referralsRouter } from "../server/router.ts";

/** What the plugin's procedures answer. */
export type ReferralsOutputs = inferRouterOutputs<typeof referralsRouter>;

/** The plugin's own procedures, typed from its router (a type-only import: no server code in the bundle). */
export function useReferralsApi() {
  return usePluginApi<typeof referralsRouter>();
}

/** A client as core's list gives it, for the picker. */
export type ClientItem = { id: string; name: string };

/** Core's client list searched by name, INN, phone or email: the picker's six best matches. */
export function useClientSearch(): (search: string) => Promise<{ items: ClientItem[] }> {
  const core = useCoreApi();
  return (search) => core.clients.list.query({ search, limit: 6 });
}

import type { AnyTRPCRouter } from "@trpc/server";
import { createContext, type JSX, useContext } from "solid-js";
import { usePluginScope } from "./plugin-scope.tsx";
import type { CoreClient, RouterClient } from "./router-client.ts";
import { routerKeyOf } from "./router-key.ts";

/** The app's tRPC client as the shell hands it over; plugins reach it through the typed hooks below. */
export type PluginApi = { trpc: unknown };

const PluginApiContext = createContext<PluginApi>();

/** Hands the app's tRPC client to plugin pages and widgets: `<PluginApiProvider api={{ trpc }}>…`. */
export function PluginApiProvider(props: { api: PluginApi; children: JSX.Element }): JSX.Element {
  return <PluginApiContext.Provider value={props.api}>{props.children}</PluginApiContext.Provider>;
}

function useAppClient(hook: string): Record<string, unknown> {
  const api = useContext(PluginApiContext);
  if (!api) throw new Error(`${hook} needs a <PluginApiProvider> above it`);
  return api.trpc as Record<string, unknown>;
}

/**
 * The calling plugin's own procedures, typed from its router (imported type-only from its
 * `src/server`): the app client's sub-client under the plugin's key, the plugin named by the
 * page, widget or dialog the shell is rendering.
 *
 * @example
 * import type { vipRouter } from "../server/router.ts";
 * const vip = usePluginApi<typeof vipRouter>();
 * const program = await vip.program.get.query();
 */
export function usePluginApi<TRouter extends AnyTRPCRouter>(): RouterClient<TRouter> {
  const trpc = useAppClient("usePluginApi()");
  const pluginId = usePluginScope();
  if (!pluginId) {
    throw new Error(
      "usePluginApi() runs inside a plugin's page, widget or dialog (a <PluginScope> names the plugin)",
    );
  }
  return trpc[routerKeyOf(pluginId)] as RouterClient<TRouter>;
}

/**
 * Core's procedures, typed from the server's `CoreRouter`.
 *
 * @example const core = useCoreApi(); const { defaultCurrency } = await core.org.get.query();
 */
export function useCoreApi(): CoreClient {
  return useAppClient("useCoreApi()").core as CoreClient;
}

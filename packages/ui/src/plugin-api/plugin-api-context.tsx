import { createContext, type JSX, useContext } from "solid-js";

/** The app's tRPC client as plugins receive it: untyped here, each plugin views it through its own router type. */
export type PluginApi = { trpc: unknown };

const PluginApiContext = createContext<PluginApi>();

/** Hands the app's tRPC client to plugin pages and widgets: `<PluginApiProvider api={{ trpc }}>…`. */
export function PluginApiProvider(props: { api: PluginApi; children: JSX.Element }): JSX.Element {
  return <PluginApiContext.Provider value={props.api}>{props.children}</PluginApiContext.Provider>;
}

/**
 * The nearest plugin API; a plugin casts `trpc` to a typed view of its router.
 *
 * @example const trpc = usePluginApi().trpc as FirstSaleClient;
 */
export function usePluginApi(): PluginApi {
  const api = useContext(PluginApiContext);
  if (!api) throw new Error("usePluginApi() needs a <PluginApiProvider> above it");
  return api;
}

import { createContext, type JSX, useContext } from "solid-js";
import type { PluginHost } from "./types.ts";

const PluginHostContext = createContext<PluginHost>();

/** Tells slots and the shell which plugins are installed and enabled and what the user may do. */
export function PluginHostProvider(props: { host: PluginHost; children: JSX.Element }): JSX.Element {
  return <PluginHostContext.Provider value={props.host}>{props.children}</PluginHostContext.Provider>;
}

/** The nearest plugin host; slots need one above them. */
export function usePluginHost(): PluginHost {
  const host = useContext(PluginHostContext);
  if (!host) throw new Error("usePluginHost() needs a <PluginHostProvider> above it");
  return host;
}

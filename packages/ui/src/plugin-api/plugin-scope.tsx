import { createContext, type JSX, useContext } from "solid-js";

const PluginScopeContext = createContext<string>();

/**
 * Names the plugin whose page, widget or dialog renders below: the shell's `WidgetFrame` wraps
 * every contribution in one, so `usePluginApi()` knows whose procedures to call.
 */
export function PluginScope(props: { pluginId: string; children: JSX.Element }): JSX.Element {
  return <PluginScopeContext.Provider value={props.pluginId}>{props.children}</PluginScopeContext.Provider>;
}

/** The id of the plugin whose contribution is rendering, or undefined outside any. */
export function usePluginScope(): string | undefined {
  return useContext(PluginScopeContext);
}

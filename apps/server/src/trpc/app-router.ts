import { type AnyPlugin, type RouterKey, routerKey } from "@quartet/core/plugin";
import { router } from "@quartet/core/trpc";
import type { AnyTRPCRouter } from "@trpc/server";
import { coreRouter } from "./core-router.ts";

export { type RouterKey, routerKey } from "@quartet/core/plugin";

/** One key per installed plugin that has a router. */
export type PluginRouters<P extends readonly AnyPlugin[]> = {
  [K in P[number] as K["router"] extends AnyTRPCRouter ? RouterKey<K["id"]> : never]: K["router"];
};

/**
 * `appRouter = { core, <one key per plugin> }`, typed from the installed plugin list so the
 * admin app gets end-to-end types. A second plugin with an id already listed never replaces the
 * first one's router (the registry refuses it at boot).
 */
export function buildAppRouter<const P extends readonly AnyPlugin[]>(plugins: P) {
  const routers: Record<string, AnyTRPCRouter> = {};
  const seen = new Set<string>();
  for (const plugin of plugins) {
    if (seen.has(plugin.id)) continue;
    seen.add(plugin.id);
    if (plugin.router) routers[routerKey(plugin.id)] = plugin.router;
  }
  return router({ core: coreRouter, ...(routers as PluginRouters<P>) });
}

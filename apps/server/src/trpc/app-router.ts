import type { AnyPlugin } from "@quartet/core/plugin";
import { router } from "@quartet/core/trpc";
import type { AnyTRPCRouter } from "@trpc/server";
import { coreRouter } from "./core-router.ts";

/** `first-sale` → `firstSale`: the router key of a plugin. */
export type RouterKey<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Head}${Capitalize<RouterKey<Tail>>}`
  : S;

/** The router key of a plugin id at run time. */
export function routerKey(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
}

/** One key per installed plugin that has a router. */
export type PluginRouters<P extends readonly AnyPlugin[]> = {
  [K in P[number] as K["router"] extends AnyTRPCRouter ? RouterKey<K["id"]> : never]: K["router"];
};

/**
 * `appRouter = { core, <one key per plugin> }`, typed from the installed plugin list so the
 * admin app gets end-to-end types.
 */
export function buildAppRouter<const P extends readonly AnyPlugin[]>(plugins: P) {
  const routers: Record<string, AnyTRPCRouter> = {};
  for (const plugin of plugins) if (plugin.router) routers[routerKey(plugin.id)] = plugin.router;
  return router({ core: coreRouter, ...(routers as PluginRouters<P>) });
}

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** A route of the admin app: its path pattern and who declares it (`core` or a plugin's package). */
export type AppRoute = { path: string; owner: string };

const read = (relative: string) => readFileSync(fileURLToPath(new URL(relative, import.meta.url)), "utf8");

/** The core routes of `src/routes.tsx` (`<Route path="…">`), the layout routes (empty paths) left out. */
function coreRoutes(): AppRoute[] {
  return [...read("../../../src/routes.tsx").matchAll(/<Route path="([^"]*)"/g)]
    .map((m) => m[1] ?? "")
    .filter((path) => path !== "")
    .map((path) => ({ path, owner: "core" }));
}

/** The routes a plugin's admin manifest declares: the `path`s of its `routes: [ … ]`, before its `nav`. */
function pluginRoutes(name: string): AppRoute[] {
  const manifest = read(`../../../../../plugins/${name}/src/admin/index.ts`);
  const start = manifest.indexOf("routes: [");
  const end = manifest.indexOf("\n  ],", start);
  if (start < 0 || end < 0) throw new Error(`plugins/${name}/src/admin/index.ts: no routes array found`);
  return [...manifest.slice(start, end).matchAll(/path: "([^"]+)"/g)].map((m) => ({
    path: m[1] ?? "",
    owner: name,
  }));
}

/**
 * Every route the admin app knows, read from its sources so a new page cannot be missed: the core
 * route table and the routes of each plugin the app builds in (`src/plugins.ts`).
 */
export function appRoutes(): AppRoute[] {
  const plugins = [...read("../../../src/plugins.ts").matchAll(/from "@quartet\/([a-z-]+)\/admin"/g)].map(
    (m) => m[1] ?? "",
  );
  return [...coreRoutes(), ...plugins.flatMap(pluginRoutes)];
}

/** A route pattern as a matcher of concrete paths (`/deals/:dealId` matches `/deals/deal_01…`). */
export function routeMatcher(pattern: string): RegExp {
  const body = pattern
    .split("/")
    .map((part) => (part.startsWith(":") ? "[^/]+" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${body}$`);
}

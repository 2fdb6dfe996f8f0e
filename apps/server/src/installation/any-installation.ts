import type { AnyPlugin } from "@quartet/core/plugin";
import type { AnyTRPCRouter } from "@trpc/server";

/**
 * The seam `#installation` in the published `@quartet/server` (its package.json `imports` when
 * packed): whichever plugins the installing project lists, each taken to have a router, so
 * `AppRouter` is core's router and an open record of plugin routers. In this workspace
 * `#installation` is `this-installation.ts`, typed from the repository's `quartet.config.ts`.
 */
export type InstalledPlugins = readonly (AnyPlugin & { readonly router: AnyTRPCRouter })[];

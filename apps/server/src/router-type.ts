import { installedPlugins } from "./plugins.ts";
import { buildAppRouter } from "./trpc/app-router.ts";
import type { coreRouter } from "./trpc/core-router.ts";

/** The app router of this server build. */
export const appRouter = buildAppRouter(installedPlugins);

/** Its type, imported (type-only) by the admin app for an end-to-end typed client. */
export type AppRouter = typeof appRouter;

/** Core's router type (`appRouter.core`), for the UI kit's typed `useCoreApi()`; type-only, like `AppRouter`. */
export type CoreRouter = typeof coreRouter;

import { installedPlugins } from "./plugins.ts";
import { buildAppRouter } from "./trpc/app-router.ts";

/** The app router of this server build. */
export const appRouter = buildAppRouter(installedPlugins);

/** Its type, imported (type-only) by the admin app for an end-to-end typed client. */
export type AppRouter = typeof appRouter;

export type { CoreRouter } from "./core-router-type.ts";

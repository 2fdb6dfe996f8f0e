import type { coreRouter } from "./trpc/core-router.ts";
import type {} from "./trpc/host-services.ts";

/**
 * Core's router type (`appRouter.core`), for the UI kit's typed `useCoreApi()`; type-only. It lives
 * apart from `router-type.ts` so that reading it never reaches the installation's
 * `quartet.config.ts` (a plugin's build would otherwise pull the installed plugins in). The
 * host's services merged into core's context (`host-services.ts`) come with it, as procedures'
 * outputs depend on them.
 */
export type CoreRouter = typeof coreRouter;

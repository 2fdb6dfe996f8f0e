import type { AnyPlugin } from "@quartet/core/plugin";

/**
 * The plugins installed in this server build, fixed at build time so `AppRouter` stays
 * typed end to end. Each organisation enables the ones it uses at run time.
 */
export const installedPlugins = [] as const satisfies readonly AnyPlugin[];

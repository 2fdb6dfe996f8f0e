import type { InstalledServerPlugins } from "@quartet/core/config";
import type config from "../../../../quartet.config.ts";

/**
 * The seam `#installation` in this workspace (package.json `imports`): the plugins installed here,
 * typed from the repository's `quartet.config.ts`, so `AppRouter` is typed end to end. The
 * published build maps `#installation` to `any-installation.ts` instead.
 */
export type InstalledPlugins = InstalledServerPlugins<typeof config>;

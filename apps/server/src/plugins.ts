import type { InstalledServerPlugins } from "@quartet/core/config";
import type config from "../../../quartet.config.ts";
import { loadInstalledPlugins } from "./installation/load-installed.ts";

/**
 * The plugins this installation installs, loaded from `quartet.config.ts` when the server starts
 * (see `installation/find-config.ts`) and typed from that same file, so `AppRouter` stays typed
 * end to end. Each organisation enables the ones it uses at run time.
 */
export const installedPlugins = (await loadInstalledPlugins()) as unknown as InstalledServerPlugins<
  typeof config
>;

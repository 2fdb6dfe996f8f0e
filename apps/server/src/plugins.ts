import type { InstalledPlugins } from "#installation";
import { loadInstalledPlugins } from "./installation/load-installed.ts";

/**
 * The plugins this installation installs, loaded from `quartet.config.ts` when the server starts
 * (see `installation/find-config.ts`). Typed through the seam `#installation` (package.json
 * `imports`): in this workspace from that same file, so `AppRouter` stays typed end to end; in the
 * published package as any plugin list. Each organisation enables the ones it uses at run time.
 */
export const installedPlugins = (await loadInstalledPlugins()) as unknown as InstalledPlugins;

import type { AnyPlugin } from "@quartet/core/plugin";
import { farmingPlugin } from "@quartet/farming/server";
import { firstSalePlugin } from "@quartet/first-sale/server";
import { prospectingPlugin } from "@quartet/prospecting/server";
import { vipPlugin } from "@quartet/vip/server";

/**
 * The plugins installed in this server build, fixed at build time so `AppRouter` stays
 * typed end to end. Each organisation enables the ones it uses at run time.
 */
export const installedPlugins = [
  prospectingPlugin,
  firstSalePlugin,
  farmingPlugin,
  vipPlugin,
] as const satisfies readonly AnyPlugin[];

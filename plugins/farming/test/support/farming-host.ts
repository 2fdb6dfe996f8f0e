import { type PluginHost, pluginHost } from "@quartet/testing";
import { farmingPlugin } from "../../src/server/index.ts";

export { at, type TestUser } from "@quartet/testing";

const plugins = [farmingPlugin] as const;

/**
 * A real host with farming installed and enabled in one organisation owned by "Ольга" (see
 * `pluginHost`: temporary libSQL files, a manual clock at 2026-06-01); `as(user).farming` is
 * farming's router.
 */
export function farmingHost(options: { today?: string } = {}) {
  return pluginHost(plugins, options);
}

/** The farming test host's type. */
export type FarmingHost = PluginHost<typeof plugins>;

import { type PluginHost, pluginHost } from "@quartet/testing";
import { vipPlugin } from "../../src/server/index.ts";

export { at, type TestUser } from "@quartet/testing";

const plugins = [vipPlugin] as const;

/** A real host with VIP installed and enabled (see `pluginHost`); `as(user).vip` is VIP's router. */
export function vipHost(options: { today?: string } = {}) {
  return pluginHost(plugins, options);
}

/** The VIP test host's type. */
export type VipHost = PluginHost<typeof plugins>;

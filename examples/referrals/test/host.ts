import { type PluginHost, pluginHost } from "@quartet/testing";
import referrals from "../src/server/index.ts";

const plugins = [referrals] as const;

/** A real host with the referrals plugin installed and enabled in Ольга's organisation; `as(user).referrals` is its router. */
export function referralsHost() {
  return pluginHost(plugins);
}

/** The referrals test host's type. */
export type ReferralsHost = PluginHost<typeof plugins>;

import type { Logger, ServiceContext } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import type { Host } from "../host/create-host.ts";

/** How long one plugin's provider may take before its group reports a timeout. */
export const providerTimeoutMs = 1500;

/** What global search needs from the host: the plugins, what each organisation enabled, their settings. */
export type SearchDeps = {
  plugins: readonly AnyPlugin[];
  enabledIds(orgId: string): Promise<ReadonlySet<string>>;
  settingsOf(orgId: string, pluginId: string): Promise<unknown>;
  serviceContext<S>(base: Omit<ServiceContext<S>, "records">): ServiceContext<S>;
  logger: Logger;
  timeoutMs: number;
};

/** Search's deps of a running host. */
export function searchDepsOf(host: Host, timeoutMs = providerTimeoutMs): SearchDeps {
  return {
    plugins: host.registry.plugins,
    enabledIds: (orgId) => host.installations.enabledIds(orgId),
    settingsOf: host.settingsOf,
    serviceContext: host.serviceContext,
    logger: host.logger,
    timeoutMs,
  };
}

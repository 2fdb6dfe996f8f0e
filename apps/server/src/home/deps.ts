import type { Clock, Logger, OrgRuntime, ServiceContext } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import type { Host } from "../host/create-host.ts";

/** A member as the home page names one. */
export type HomeMember = { userId: string; name: string };

/** What the home page needs from the host: plugins and what is enabled, databases, members, the organisation's zone and currency. */
export type HomeDeps = {
  plugins: readonly AnyPlugin[];
  enabledIds(orgId: string): Promise<ReadonlySet<string>>;
  settingsOf(orgId: string, pluginId: string): Promise<unknown>;
  runtime(orgId: string): Promise<OrgRuntime>;
  members(orgId: string): Promise<readonly HomeMember[]>;
  organisation(orgId: string): Promise<{ timeZone: string; defaultCurrency: string }>;
  serviceContext<S>(base: Omit<ServiceContext<S>, "records">): ServiceContext<S>;
  clock: Clock;
  logger: Logger;
};

/** The home page's deps of a running host. */
export function homeDepsOf(host: Host): HomeDeps {
  return {
    plugins: host.registry.plugins,
    enabledIds: (orgId) => host.installations.enabledIds(orgId),
    settingsOf: host.settingsOf,
    runtime: host.runtime,
    members: (orgId) => host.people.listMembers(orgId),
    organisation: (orgId) => host.people.organisation(orgId),
    serviceContext: host.serviceContext,
    clock: host.clock,
    logger: host.logger,
  };
}

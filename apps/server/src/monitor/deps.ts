import type { Clock, Coverage, Logger, OrgRuntime, ServiceContext } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";

/** What the monitor needs from the host: plugins, what each organisation enabled, its people and databases. */
export type MonitorDeps = {
  plugins: readonly AnyPlugin[];
  enabledIds(orgId: string): Promise<ReadonlySet<string>>;
  settingsOf(orgId: string, pluginId: string): Promise<unknown>;
  runtime(orgId: string): Promise<OrgRuntime>;
  coverage(orgId: string): Promise<Coverage>;
  timeZone(orgId: string): Promise<string>;
  serviceContext<S>(base: Omit<ServiceContext<S>, "records">): ServiceContext<S>;
  clock: Clock;
  logger: Logger;
};

import type { Clock, Coverage, Logger, OrgRuntime, ServiceContext } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import type { Mailer } from "../auth/mailer.ts";
import type { ServerConfig } from "../config.ts";

/** What the self-diagnostic needs from the host. */
export type DiagnosticDeps = {
  plugins: readonly AnyPlugin[];
  enabledIds(orgId: string): Promise<ReadonlySet<string>>;
  settingsOf(orgId: string, pluginId: string): Promise<unknown>;
  runtime(orgId: string): Promise<OrgRuntime>;
  coverage(orgId: string): Promise<Coverage>;
  /** The organisation's members with their roles. */
  members(orgId: string): Promise<readonly { userId: string; role: string }[]>;
  /** The organisation's name, shown in the consultant's mail and JSON. */
  orgName(orgId: string): Promise<string>;
  serviceContext<S>(base: Omit<ServiceContext<S>, "records">): ServiceContext<S>;
  clock: Clock;
  logger: Logger;
  consultant: ServerConfig["consultant"];
  mailer: Mailer;
};

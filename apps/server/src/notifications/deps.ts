import type { Clock, Logger, OrgRuntime, ServiceContext } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import type { DatabaseHandle } from "@quartet/db";
import type { Mailer } from "../auth/mailer.ts";
import type { People } from "../people/index.ts";
import type { NotificationCatalog } from "./catalog.ts";
import type { NotificationSignal } from "./signal.ts";

/** What the notification services need from the host. */
export type NotificationsDeps = {
  plugins: readonly AnyPlugin[];
  catalog: NotificationCatalog;
  signal: NotificationSignal;
  control: DatabaseHandle;
  people: People;
  mailer: Mailer;
  runtime(orgId: string): Promise<OrgRuntime>;
  enabledIds(orgId: string): Promise<ReadonlySet<string>>;
  settingsOf(orgId: string, pluginId: string): Promise<unknown>;
  serviceContext<S>(base: Omit<ServiceContext<S>, "records">): ServiceContext<S>;
  clock: Clock;
  logger: Logger;
  /** Where the admin app is served, for the links in mail. */
  publicUrl: string;
};

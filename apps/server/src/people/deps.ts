import type { Clock, Logger, OrgRuntime, SalesFunction } from "@quartet/core";
import type { PermissionDefinition } from "@quartet/core/plugin";
import type { DatabaseHandle } from "@quartet/db";
import type { Mailer } from "../auth/mailer.ts";
import type { InstallationStore } from "../host/installations.ts";
import type { Organisation, OrganisationStore } from "../host/organisations.ts";

/** What the people services need from the host. */
export type PeopleDeps = {
  control: DatabaseHandle;
  organisations: OrganisationStore;
  installations: InstallationStore;
  catalog: readonly PermissionDefinition[];
  /** The function each installed plugin serves. */
  pluginFunctions: ReadonlyMap<string, SalesFunction>;
  runtime(orgId: string): Promise<OrgRuntime>;
  /** Creates an organisation row and provisions its database. */
  provision(input: { name: string; slug?: string }): Promise<Organisation>;
  clock: Clock;
  logger: Logger;
  mailer: Mailer;
  publicUrl: string;
};

import { DomainError, hostMessages, type Locale } from "@quartet/core";
import type { RequestContext } from "@quartet/core/trpc";
import type { Host } from "../host/create-host.ts";
import { readSettings } from "../host/settings.ts";
import { runtimeOrOutage } from "../host/unavailable-runtime.ts";
import type { Identity } from "./authenticate.ts";

import type {} from "./host-services.ts";

/**
 * Builds the context of one tRPC call: the caller's identity, their active organisation's
 * runtime, the plugins enabled there, and the language its messages are worded in.
 */
export async function createRequestContext(
  host: Host,
  identity: Identity | null,
  locale?: Locale,
): Promise<RequestContext> {
  const orgId = identity?.orgId ?? null;
  const installations = orgId ? await host.installations.list(orgId) : [];
  return {
    locale,
    clock: host.clock,
    logger: host.logger,
    actor: identity?.actor ?? null,
    org: orgId ? await runtimeOrOutage(host.runtime, orgId) : null,
    enabledPlugins: new Set(
      installations.filter((row) => row.state === "enabled").map((row) => row.pluginId),
    ),
    pluginSettings(pluginId) {
      const plugin = host.registry.get(pluginId);
      const row = installations.find((r) => r.pluginId === pluginId);
      if (!plugin || !row) return undefined;
      const reading = readSettings(plugin, row.settings);
      if (!reading.ok) {
        throw new DomainError("PRECONDITION_FAILED", hostMessages.settingsInvalidFix, {
          params: { plugin: pluginId },
          fields: reading.fields,
        });
      }
      return reading.value;
    },
    host: { host, people: host.people },
    recordsFor: (service) => host.serviceContext(service).records,
  };
}

import { type SalesFunction, systemActor } from "@quartet/core";
import type { HealthReading } from "@quartet/core/plugin";
import type { MonitorDeps } from "./deps.ts";

/** A leg's readings from its enabled plugins: null when a plugin's readings failed (logged). */
export type LegReadings = Map<SalesFunction, HealthReading[] | null>;

/**
 * Asks every enabled plugin that serves a leg for its vital signs, organisation-wide (as the
 * system, with the plugin's settings). A plugin whose readings throw does not take the monitor
 * down: its leg reads "not enough data" and the error is logged.
 */
export async function pluginReadings(deps: MonitorDeps, orgId: string): Promise<LegReadings> {
  const enabled = await deps.enabledIds(orgId);
  const org = await deps.runtime(orgId);
  const legs: LegReadings = new Map();
  for (const plugin of deps.plugins) {
    const fn = plugin.function;
    if (!fn || !plugin.health || !enabled.has(plugin.id)) continue;
    const logger = deps.logger.child({ org: orgId, plugin: plugin.id });
    const ctx = deps.serviceContext({
      org,
      actor: systemActor,
      clock: deps.clock,
      logger,
      settings: await deps.settingsOf(orgId, plugin.id),
    });
    const sofar = legs.get(fn);
    try {
      const readings = await plugin.health(ctx);
      legs.set(fn, sofar === null ? null : [...(sofar ?? []), ...readings]);
    } catch (err) {
      logger.error({ err }, "health readings failed");
      legs.set(fn, null);
    }
  }
  return legs;
}

import { type SalesFunction, systemActor } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import type { HomeDeps } from "./deps.ts";

/** An enabled plugin that serves a leg, and what asking it gave: its answer, or null when it threw (logged). */
export type PluginAnswer<T> = { plugin: AnyPlugin; function: SalesFunction; value: T | null };

/**
 * Asks every plugin enabled for the organisation that serves a leg and has `member` (its plan, its
 * pipeline), organisation-wide as the system with its settings. A plugin that throws does not take
 * the page down: its answer is null and the error is logged.
 */
export async function askPlugins<T>(
  deps: HomeDeps,
  orgId: string,
  member: "plan" | "pipeline",
  ask: (plugin: AnyPlugin, ctx: ReturnType<HomeDeps["serviceContext"]>) => Promise<T>,
): Promise<PluginAnswer<T>[]> {
  const enabled = await deps.enabledIds(orgId);
  const org = await deps.runtime(orgId);
  const asked = deps.plugins.filter((p) => p.function && p[member] && enabled.has(p.id));
  return Promise.all(
    asked.map(async (plugin) => {
      const logger = deps.logger.child({ org: orgId, plugin: plugin.id });
      const settings = await deps.settingsOf(orgId, plugin.id);
      const ctx = deps.serviceContext({ org, actor: systemActor, clock: deps.clock, logger, settings });
      const fn = plugin.function as SalesFunction;
      try {
        return { plugin, function: fn, value: await ask(plugin, ctx) };
      } catch (err) {
        logger.error({ err }, `home page: ${member} failed`);
        return { plugin, function: fn, value: null };
      }
    }),
  );
}

import {
  type Logger,
  QUARTET_VERSION,
  registerMessages,
  registerPermissionNames,
  registerPluginName,
} from "@quartet/core";
import { type AnyPlugin, dependencyOrder, ManifestError, validateOne } from "@quartet/core/plugin";

/** The boot warning for a manifest without `quartet`, the Quartet versions it supports. */
export const noSupportedVersions = `plugin names no Quartet versions it supports: add quartet: "^${QUARTET_VERSION}" to its manifest`;

/** A plugin that could not be loaded at boot, and why. */
export type BootFailure = { pluginId: string; error: string };

/** The installed plugins that passed validation, in dependency order, plus the ones that did not. */
export type PluginRegistry = {
  /** Loaded plugins, dependencies first. */
  plugins: readonly AnyPlugin[];
  get(id: string): AnyPlugin | undefined;
  failures: readonly BootFailure[];
};

/**
 * Validates the installed plugins. A plugin with a bad manifest, an unknown dependency or a
 * dependency cycle is reported and skipped — with every plugin that needs it — not fatal.
 */
export function createRegistry(installed: readonly AnyPlugin[], logger: Logger): PluginRegistry {
  const failures: BootFailure[] = [];
  const fail = (pluginId: string, error: string) => {
    failures.push({ pluginId, error });
    logger.error({ plugin: pluginId, error }, "plugin skipped at boot");
  };
  let candidates: AnyPlugin[] = [];
  const seen = new Set<string>();
  for (const plugin of installed) {
    try {
      if (seen.has(plugin.id))
        throw new ManifestError(`Plugin "${plugin.id}" is installed twice`, [plugin.id]);
      seen.add(plugin.id);
      validateOne(plugin);
      if (plugin.quartet === undefined) logger.warn({ plugin: plugin.id }, noSupportedVersions);
      if (plugin.messages) registerMessages(plugin.messages, plugin.id);
      registerPermissionNames(plugin.permissions);
      registerPluginName(plugin.id, plugin.name);
      candidates.push(plugin);
    } catch (error) {
      fail(plugin.id, (error as Error).message);
    }
  }
  for (;;) {
    try {
      const ordered = dependencyOrder(candidates);
      const byId = new Map(ordered.map((p) => [p.id, p]));
      return { plugins: ordered, get: (id) => byId.get(id), failures };
    } catch (error) {
      if (!(error instanceof ManifestError) || error.pluginIds.length === 0) throw error;
      for (const id of error.pluginIds) fail(id, error.message);
      const rejected = new Set(error.pluginIds);
      candidates = candidates.filter((p) => !rejected.has(p.id));
    }
  }
}

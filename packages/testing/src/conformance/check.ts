import type { AnyPlugin } from "@quartet/core/plugin";
import type { PluginHost } from "@quartet/server/testing";
import { conformanceRules, type Finding } from "./findings.ts";
import { hostRules } from "./host-rules.ts";
import { packageDirOf } from "./package-dir.ts";
import { eventsVersionedRule } from "./rules/events-versioned.ts";
import { migrationsRule } from "./rules/migrations.ts";
import { permissionsRule } from "./rules/permissions.ts";
import { readmeRule } from "./rules/readme.ts";
import { settingsLabelsRule } from "./rules/settings-labels.ts";
import { tablePrefixRule } from "./rules/table-prefix.ts";

/** How to check a plugin. */
export type ConformanceOptions<P extends readonly AnyPlugin[]> = {
  /**
   * The plugins installed in the check's host: the plugin's dependencies at least (it is added
   * when missing). Only the plugin and what it depends on get enabled.
   */
  installed?: P;
  /**
   * Writes data of the plugin after it is enabled (through its procedures, records or events),
   * so the forbidden-actor calls meet real rows and disable → enable has rows to keep.
   */
  seed?: (h: PluginHost<P>) => Promise<void>;
  /** The plugin's package folder (its README.md); found from its migrations folder by default. */
  packageDir?: string;
};

/**
 * The conformance check of one plugin: a finding per rule (see `conformanceRules`), in order.
 * Reads its manifest, migrations and README, then runs it in a real host on temporary files.
 *
 * @example const findings = await checkConformance(referralsPlugin, { packageDir }); findings.filter((f) => !f.ok)
 */
export async function checkConformance<const P extends readonly AnyPlugin[]>(
  plugin: AnyPlugin,
  options: ConformanceOptions<P> = {},
): Promise<Finding[]> {
  const given = options.installed ?? ([] as unknown as P);
  const installed = (given.some((p) => p.id === plugin.id) ? given : [...given, plugin]) as unknown as P;
  const findings = [
    permissionsRule(plugin),
    tablePrefixRule(plugin),
    migrationsRule(plugin),
    settingsLabelsRule(plugin),
    eventsVersionedRule(plugin),
    readmeRule(plugin, options.packageDir ?? packageDirOf(plugin)),
    ...(await hostRules(plugin, installed, options.seed)),
  ];
  return conformanceRules.flatMap((rule) => findings.filter((f) => f.rule === rule));
}

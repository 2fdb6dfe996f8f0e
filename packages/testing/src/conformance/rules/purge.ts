import type { AnyPlugin } from "@quartet/core/plugin";
import { type PluginHost, tableNames } from "@quartet/server/testing";
import { type Finding, failed, listed, passed } from "../findings.ts";

/**
 * Uninstalling the plugin with a purge removes exactly its own tables: the organisation's tables
 * afterwards are the ones it had before the plugin was enabled (`before`), none left behind and
 * none of anybody else's dropped.
 */
export async function purgeRule(
  h: PluginHost<readonly AnyPlugin[]>,
  plugin: AnyPlugin,
  before: readonly string[],
): Promise<Finding> {
  await h.t.host.lifecycle.uninstall(h.orgId, plugin.id, h.ownerActor, { purge: true });
  const after = await tableNames((await h.t.host.orgs.get(h.orgId)).db);
  const left = after.filter((name) => !before.includes(name));
  const dropped = before.filter((name) => !after.includes(name));
  if (left.length === 0 && dropped.length === 0)
    return passed("purge", `the organisation is back to its ${before.length} tables`);
  const problems = [
    ...(left.length ? [`left ${listed(left, 3)} behind (declare every table in db.schema)`] : []),
    ...(dropped.length ? [`dropped ${listed(dropped, 3)}, not its own`] : []),
  ];
  return failed("purge", `the purge ${problems.join(" and ")}`);
}

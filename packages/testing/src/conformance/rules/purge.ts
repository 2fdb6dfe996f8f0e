import type { AnyPlugin } from "@quartet/core/plugin";
import { type PluginHost, tableNames } from "@quartet/server/testing";
import { type Finding, failed, joined, listed, passed } from "../findings.ts";
import { conformanceMessages as m } from "../messages.ts";

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
  if (left.length === 0 && dropped.length === 0) return passed("purge", m.purgeOk, { count: before.length });
  const problems = [
    ...(left.length ? [{ key: m.purgeLeft, params: { tables: listed(left, 3) } }] : []),
    ...(dropped.length ? [{ key: m.purgeDropped, params: { tables: listed(dropped, 3) } }] : []),
  ];
  return failed("purge", m.purgeBroken, { problems: joined(problems, m.and) });
}

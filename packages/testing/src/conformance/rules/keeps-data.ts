import { type AnyPlugin, ownsTable } from "@quartet/core/plugin";
import { type PluginHost, tableRows } from "@quartet/server/testing";
import { count, type Finding, failed, listed, passed } from "../findings.ts";

/** The plugin's own rows and its settings in the organisation, for a before/after comparison. */
async function snapshot(h: PluginHost<readonly AnyPlugin[]>, plugin: AnyPlugin) {
  const db = (await h.t.host.orgs.get(h.orgId)).db;
  const rows = await tableRows(db, { only: (table) => ownsTable(plugin.id, table) });
  return { rows, settings: JSON.stringify(await h.t.host.settingsOf(h.orgId, plugin.id)) ?? "" };
}

/**
 * Disabling the plugin and enabling it again keeps its data: every row of its own tables and its
 * settings read the same afterwards (events delivered on both sides, the clock standing still).
 */
export async function keepsDataRule(
  h: PluginHost<readonly AnyPlugin[]>,
  plugin: AnyPlugin,
): Promise<Finding> {
  await h.deliver();
  const before = await snapshot(h, plugin);
  await h.t.host.lifecycle.disable(h.orgId, plugin.id, h.ownerActor);
  await h.t.host.lifecycle.enable(h.orgId, plugin.id, h.ownerActor);
  await h.deliver();
  const after = await snapshot(h, plugin);
  const tables = [...new Set([...Object.keys(before.rows), ...Object.keys(after.rows)])];
  const changed = tables.filter((table) => before.rows[table] !== after.rows[table]);
  const settingsChanged = before.settings !== after.settings;
  if (changed.length === 0 && !settingsChanged) {
    const rows = Object.values(before.rows).reduce(
      (sum, text) => sum + (JSON.parse(text) as unknown[]).length,
      0,
    );
    const kept = `${count(rows, "row")} in ${count(tables.length, "table")} and the settings kept`;
    return passed(
      "keeps-data",
      rows ? kept : `${kept} (its tables were empty: a seed gives it rows to keep)`,
    );
  }
  const what = [
    ...(changed.length ? [`rows of ${listed(changed, 3)}`] : []),
    ...(settingsChanged ? ["its settings"] : []),
  ];
  return failed("keeps-data", `disabling and enabling it again changed ${what.join(" and ")}`);
}

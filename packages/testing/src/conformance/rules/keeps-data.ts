import { type AnyPlugin, ownsTable } from "@quartet/core/plugin";
import { type PluginHost, tableRows } from "@quartet/server/testing";
import { count, type Finding, failed, joined, listed, passed, type Said } from "../findings.ts";
import { conformanceMessages as m } from "../messages.ts";

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
    const kept = { rows: count(rows, m.rows), tables: count(tables.length, m.inTables) };
    if (rows) return passed("keeps-data", m.keptAll, kept);
    return passed("keeps-data", m.keptEmpty, { kept: { key: m.keptAll, params: kept } });
  }
  const what: Said[] = [
    ...(changed.length ? [{ key: m.rowsOf, params: { tables: listed(changed, 3) } }] : []),
    ...(settingsChanged ? [{ key: m.itsSettings }] : []),
  ];
  return failed("keeps-data", m.keepsBroken, { what: joined(what, m.and) });
}

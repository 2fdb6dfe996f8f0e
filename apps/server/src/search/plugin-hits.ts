import { can, type ServiceContext } from "@quartet/core";
import { type AnyPlugin, ownsPermission, type SearchHit } from "@quartet/core/plugin";
import type { SearchDeps } from "./deps.ts";
import { groupHits, type SearchGroup } from "./groups.ts";
import { visibleClients } from "./visible-clients.ts";

const late = Symbol("late");

/**
 * Asks every enabled plugin with a search provider at once, as the caller, each within
 * `deps.timeoutMs`. A plugin whose permissions the actor holds none of is not asked. Hits are kept
 * only when the actor holds the permission the hit names (one of the plugin's own) and sees its
 * client. A provider that throws or is late gives one group with an error (logged), named after the
 * plugin; the others answer as usual.
 */
export async function pluginHits(
  deps: SearchDeps,
  caller: ServiceContext,
  q: string,
  limit: number,
): Promise<SearchGroup[]> {
  const orgId = caller.org.orgId;
  const enabled = await deps.enabledIds(orgId);
  const asked = deps.plugins.filter(
    (p) => p.search && enabled.has(p.id) && p.permissions.some((perm) => can(caller.actor, perm.id)),
  );
  const answers = await Promise.all(asked.map((plugin) => ask(deps, caller, plugin, q, limit)));
  return answers.flat();
}

async function ask(
  deps: SearchDeps,
  caller: ServiceContext,
  plugin: AnyPlugin,
  q: string,
  limit: number,
): Promise<SearchGroup[]> {
  const logger = deps.logger.child({ org: caller.org.orgId, plugin: plugin.id });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const settings = await deps.settingsOf(caller.org.orgId, plugin.id);
    const { records: _, ...base } = caller;
    const ctx = deps.serviceContext({ ...base, logger, settings });
    const deadline = new Promise<typeof late>((resolve) => {
      timer = setTimeout(() => resolve(late), deps.timeoutMs);
    });
    const found = await Promise.race([plugin.search?.(ctx, q, limit) ?? [], deadline]);
    if (found === late) {
      logger.warn({ timeoutMs: deps.timeoutMs }, "search provider timed out");
      return [failed(plugin, "timeout")];
    }
    return groupHits(plugin.id, await allowed(caller, plugin, found.slice(0, limit)));
  } catch (err) {
    logger.error({ err }, "search provider failed");
    return [failed(plugin, "failed")];
  } finally {
    clearTimeout(timer);
  }
}

// The hits the actor may read: the hit's permission is the plugin's own and held, its client visible.
async function allowed(caller: ServiceContext, plugin: AnyPlugin, hits: SearchHit[]): Promise<SearchHit[]> {
  const permitted = hits.filter(
    (h) => ownsPermission(plugin.id, h.permission) && can(caller.actor, h.permission),
  );
  const clientIds = permitted.flatMap((h) => (h.clientId ? [h.clientId] : []));
  const visible = await visibleClients(caller.org.db, caller.actor, clientIds);
  return permitted.filter((h) => h.clientId === null || visible.has(h.clientId));
}

function failed(plugin: AnyPlugin, error: "failed" | "timeout"): SearchGroup {
  return { key: plugin.id, source: plugin.id, name: plugin.name, hits: [], error };
}

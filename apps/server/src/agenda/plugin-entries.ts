import { can, type ServiceContext } from "@quartet/core";
import { type AgendaRange, agendaItem, ownsPermission } from "@quartet/core/plugin";
import { z } from "zod";
import type { SearchDeps } from "../search/deps.ts";
import { type AgendaEntry, entryOfItem } from "./entry.ts";

/** What the agenda needs from the host: the plugins, what is enabled, settings and contexts (search's deps). */
export type AgendaDeps = Omit<SearchDeps, "timeoutMs">;

/** A plugin whose agenda could not be read this time; the page says so while showing the rest. */
export type UnavailableSource = { plugin: string; name: { en: string; ru: string } };

const answer = z.array(agendaItem);

/**
 * Asks every enabled plugin with an agenda provider at once, as the caller, for the caller's items
 * in `range`. A plugin whose permissions the actor holds none of is not asked; items whose
 * permission is not the plugin's own or not held are dropped. A provider that throws or answers
 * items that are not `agendaItem`s is logged and reported in `unavailable`; the others answer.
 */
export async function pluginEntries(
  deps: AgendaDeps,
  caller: ServiceContext,
  range: AgendaRange,
): Promise<{ entries: Omit<AgendaEntry, "date" | "clientVisible">[]; unavailable: UnavailableSource[] }> {
  const enabled = await deps.enabledIds(caller.org.orgId);
  const asked = deps.plugins.filter(
    (p) => p.agenda && enabled.has(p.id) && p.permissions.some((perm) => can(caller.actor, perm.id)),
  );
  const answers = await Promise.all(
    asked.map(async (plugin) => {
      const logger = deps.logger.child({ org: caller.org.orgId, plugin: plugin.id });
      try {
        const settings = await deps.settingsOf(caller.org.orgId, plugin.id);
        const { records: _, ...base } = caller;
        const ctx = deps.serviceContext({ ...base, logger, settings });
        const items = answer.parse(await plugin.agenda?.(ctx, range));
        const held = items.filter(
          (item) => ownsPermission(plugin.id, item.permission) && can(caller.actor, item.permission),
        );
        return { entries: held.map((item) => entryOfItem(plugin.id, item)), unavailable: [] };
      } catch (err) {
        logger.error({ err }, "agenda provider failed");
        return { entries: [], unavailable: [{ plugin: plugin.id, name: plugin.name }] };
      }
    }),
  );
  return {
    entries: answers.flatMap((a) => a.entries),
    unavailable: answers.flatMap((a) => a.unavailable),
  };
}

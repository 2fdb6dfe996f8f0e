import { systemActor } from "@quartet/core";
import type { JobDefinition } from "@quartet/core/plugin";
import type { CatalogEntry } from "./catalog.ts";
import type { NotificationsDeps } from "./deps.ts";
import { producerContext } from "./producer-context.ts";
import { storeNotifications } from "./store.ts";

/**
 * One core job per scheduled type (`notify:<type>`), run in every organisation under the
 * scheduler's lease and inert while the type's plugin is disabled there. Drafts carry their own
 * dedupe keys, so a run repeated after a crash stores nothing twice.
 */
export function notificationJobs(deps: NotificationsDeps): JobDefinition[] {
  return deps.catalog.entries.flatMap((entry) => (entry.def.every ? [jobOf(deps, entry)] : []));
}

function jobOf(deps: NotificationsDeps, entry: CatalogEntry): JobDefinition {
  const every = entry.def.every as NonNullable<CatalogEntry["def"]["every"]>;
  return {
    name: `notify:${entry.def.type}`,
    everyMs: every.everyMs,
    async run(ctx) {
      const orgId = ctx.org.orgId;
      if (!deps.catalog.isLive(entry, await deps.enabledIds(orgId))) return;
      const drafts = await every.find(await producerContext(deps, orgId, entry.pluginId));
      if (drafts.length === 0) return;
      await ctx.org.write(systemActor, (scope) =>
        storeNotifications(deps, scope, { orgId, entry, drafts, fallbackKey: null }),
      );
    },
  };
}

import { type NotificationContext, type SalesFunction, systemActor } from "@quartet/core";
import type { NotificationsDeps } from "./deps.ts";

/**
 * The context a producer runs in: the system acting in the organisation, the owning plugin's
 * settings, and `staff.covering(fn)` — the members assigned to a function who are not paused.
 */
export async function producerContext(
  deps: NotificationsDeps,
  orgId: string,
  pluginId: string | null,
): Promise<NotificationContext> {
  const base = deps.serviceContext({
    org: await deps.runtime(orgId),
    actor: systemActor,
    clock: deps.clock,
    logger: deps.logger.child({ org: orgId, plugin: pluginId ?? "core" }),
    settings: pluginId ? await deps.settingsOf(orgId, pluginId) : undefined,
  });
  return {
    ...base,
    staff: {
      async covering(fn: SalesFunction) {
        const coverage = await deps.people.coverage(orgId);
        const leg = coverage.legs.find((l) => l.function === fn);
        return (leg?.people ?? []).filter((p) => !p.paused).map((p) => p.userId);
      },
    },
  };
}

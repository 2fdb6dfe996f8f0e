import type { Actor, OrgRuntime } from "@quartet/core";
import { type ClientDeal, mergeClientDeals } from "@quartet/core/plugin";
import type { Host } from "../host/create-host.ts";
import { resolveRole } from "../people/access.ts";

/**
 * What the incoming-call popup reads beyond the organisation's database: the member whose
 * extension rings as an actor (their role's permissions and record scope; null for someone no longer
 * a member), and one client's open deals from every enabled plugin that offers them (`clientDeals`).
 */
export type CallerReaders = {
  actorOf(userId: string): Promise<Actor | null>;
  clientDeals(actor: Actor, clientId: string): Promise<ClientDeal[]>;
};

/**
 * The popup's readers on a running host for one organisation. A plugin whose reader throws is left
 * out (logged): the popup still opens with the others' deals.
 */
export function callerReadersOf(host: Host, orgId: string, org: OrgRuntime): CallerReaders {
  return {
    async actorOf(userId) {
      const member = (await host.people.listMembers(orgId)).find((m) => m.userId === userId);
      if (!member) return null;
      const role = await resolveRole(host.people.deps.control, host.people.deps.catalog, orgId, member.role);
      return {
        kind: "user",
        id: member.userId,
        name: member.name,
        email: member.email,
        role: role.id,
        permissions: role.permissions,
        scope: role.scope,
      };
    },
    async clientDeals(actor, clientId) {
      const enabled = await host.installations.enabledIds(orgId);
      const asked = host.registry.plugins.filter((p) => p.clientDeals && enabled.has(p.id));
      const answers = await Promise.all(
        asked.map(async (plugin) => {
          const logger = host.logger.child({ org: orgId, plugin: plugin.id });
          try {
            const settings = await host.settingsOf(orgId, plugin.id);
            const ctx = host.serviceContext({ org, actor, clock: host.clock, logger, settings });
            return (await plugin.clientDeals?.(ctx, { clientId })) ?? [];
          } catch (err) {
            logger.error({ err }, "incoming-call popup: clientDeals failed");
            return null;
          }
        }),
      );
      return mergeClientDeals(answers);
    },
  };
}

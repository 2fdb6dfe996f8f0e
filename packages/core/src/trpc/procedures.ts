import type { Actor, OrgRuntime, ServiceContext } from "../context.ts";
import { can } from "../context.ts";
import { DomainError } from "../errors.ts";
import { errorMessages } from "../messages/catalogs/errors.ts";
import { permissionParam, pluginParam } from "../messages/refusal-names.ts";
import { routerKey } from "../plugin/router-key.ts";
import { cleanInput } from "./clean-input.ts";
import { domainErrors, t } from "./init.ts";

const base = t.procedure.use(domainErrors).use(cleanInput);

/** A procedure anybody may call. Declaring it public is a decision, visible in review. */
export const publicProcedure = base.meta({ access: "public" });

const requireActor = t.middleware(({ ctx, next }) => {
  if (!ctx.actor) throw new DomainError("UNAUTHORIZED", errorMessages.signInFirst);
  return next({ ctx: { actor: ctx.actor as Actor } });
});

/** A procedure for any signed-in user, whatever the organisation (e.g. "my organisations"). */
export const authedProcedure = base.meta({ access: "authenticated" }).use(requireActor);

const requireOrg = t.middleware(({ ctx, next }) => {
  if (!ctx.org) throw new DomainError("PRECONDITION_FAILED", errorMessages.chooseOrganisation);
  return next({ ctx: { org: ctx.org as OrgRuntime } });
});

function requirePermission(permission: string) {
  return t.middleware(({ ctx, next }) => {
    if (!ctx.actor || !can(ctx.actor, permission)) {
      throw new DomainError("FORBIDDEN", errorMessages.noPermission, {
        params: { permission: permissionParam(permission) },
      });
    }
    return next();
  });
}

/**
 * A core procedure in the active organisation, gated by `permission`.
 *
 * @example protectedProcedure("core.clients.read").query(({ ctx }) => listClients(ctx.service))
 */
export function protectedProcedure(permission: string) {
  return base
    .meta({ access: "permission", permission })
    .use(requireActor)
    .use(requireOrg)
    .use(requirePermission(permission))
    .use(({ ctx, next }) => {
      const base = {
        org: ctx.org,
        actor: ctx.actor,
        clock: ctx.clock,
        logger: ctx.logger,
        settings: undefined,
      };
      const service: ServiceContext = { ...base, records: ctx.recordsFor(base) };
      return next({ ctx: { service } });
    });
}

// The plugin that registered a procedure is the one its path is mounted under (`firstSale.…`);
// a procedure built for another plugin's id is refused before it can read that plugin's settings.
function requireRegisteredBy(pluginId: string) {
  return t.middleware(({ path, next }) => {
    if (path.split(".")[0] !== routerKey(pluginId)) {
      throw new DomainError("FORBIDDEN", errorMessages.foreignPluginProcedure, {
        params: { path, plugin: pluginParam(pluginId) },
      });
    }
    return next();
  });
}

/**
 * A plugin's procedure: answers FORBIDDEN "Plugin not enabled" unless `pluginId` is enabled
 * for the caller's organisation, then checks `permission`, then hands the plugin a
 * `ServiceContext` on its organisation's database with its parsed settings. `pluginId` must be
 * the id of the plugin whose router holds the procedure: the path it is called under decides.
 *
 * @example pluginProcedure<Settings>("prospecting", "prospecting.calls.work").mutation(…)
 */
export function pluginProcedure<Settings = unknown>(pluginId: string, permission: string) {
  return base
    .meta({ access: "permission", permission, plugin: pluginId })
    .use(requireRegisteredBy(pluginId))
    .use(requireActor)
    .use(requireOrg)
    .use(({ ctx, next }) => {
      if (!ctx.enabledPlugins.has(pluginId)) {
        throw new DomainError("PLUGIN_NOT_ENABLED", errorMessages.pluginNotEnabled, {
          params: { plugin: pluginParam(pluginId) },
        });
      }
      return next();
    })
    .use(requirePermission(permission))
    .use(({ ctx, next }) => {
      const base = {
        org: ctx.org,
        actor: ctx.actor,
        clock: ctx.clock,
        logger: ctx.logger.child({ plugin: pluginId }),
        settings: ctx.pluginSettings(pluginId) as Settings,
      };
      const service: ServiceContext<Settings> = { ...base, records: ctx.recordsFor(base) };
      // The handler's own ctx.pluginSettings answers for this plugin only.
      const pluginSettings = (id: string) => {
        if (id !== pluginId) {
          throw new DomainError("FORBIDDEN", errorMessages.foreignSettings, {
            params: { plugin: pluginParam(pluginId), other: pluginParam(id) },
          });
        }
        return base.settings;
      };
      return next({ ctx: { service, pluginSettings } });
    });
}

import {
  type Actor,
  can,
  DomainError,
  errorMessages,
  documentMessages as m,
  permissionParam,
  type ServiceContext,
} from "@quartet/core";
import type { DocumentsDeps } from "../deps.ts";
import { type HostedSource, sourceEnabled } from "../sources/collection.ts";

/**
 * The source of `type` if it works in the caller's organisation (core's, or an enabled plugin's);
 * NOT_FOUND naming `type` otherwise — `unknownType`, with the type in `params` for API clients.
 */
export async function usableSource(
  deps: DocumentsDeps,
  ctx: ServiceContext,
  type: string,
): Promise<HostedSource> {
  const hosted = deps.sources.get(type);
  if (hosted && sourceEnabled(hosted, await deps.enabledIds(ctx.org.orgId))) return hosted;
  throw new DomainError("NOT_FOUND", m.unknownType, { params: { type }, fields: { type: m.unknownType } });
}

/** FORBIDDEN naming `permission` unless the actor holds it, as a procedure's gate words it. */
export function requirePermission(actor: Actor, permission: string): void {
  if (can(actor, permission)) return;
  throw new DomainError("FORBIDDEN", errorMessages.noPermission, {
    params: { permission: permissionParam(permission) },
  });
}

/** The context a source's `build` runs in: core's own as is, a plugin's with its logger and settings. */
export async function sourceContext(
  deps: DocumentsDeps,
  ctx: ServiceContext,
  { pluginId }: HostedSource,
): Promise<ServiceContext> {
  if (pluginId === null) return ctx;
  const { records: _, ...base } = ctx;
  return deps.serviceContext({
    ...base,
    logger: ctx.logger.child({ plugin: pluginId }),
    settings: await deps.settingsOf(ctx.org.orgId, pluginId),
  });
}

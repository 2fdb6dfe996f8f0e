import {
  allCorePermissions,
  builtInRolePermissions,
  builtInRoleScope,
  DomainError,
  isBuiltInRole,
  peopleMessages,
  type RecordScope,
} from "@quartet/core";
import type { PermissionDefinition } from "@quartet/core/plugin";
import type { DatabaseHandle } from "@quartet/db";
import { customRoles } from "@quartet/db/control";
import { and, eq } from "drizzle-orm";
import type { PluginRegistry } from "../host/registry.ts";

/** Every permission a role can be granted: core's and every installed plugin's. */
export function permissionCatalog(registry: PluginRegistry): PermissionDefinition[] {
  return [...allCorePermissions, ...registry.plugins.flatMap((plugin) => plugin.permissions)];
}

/** A role as resolved for one organisation: its permissions and record scope. */
export type ResolvedRole = { id: string; name: string; permissions: Set<string>; scope: RecordScope };

/** Resolves a built-in or custom role of an organisation; FORBIDDEN for an unknown one. */
export async function resolveRole(
  control: DatabaseHandle,
  catalog: readonly PermissionDefinition[],
  orgId: string,
  roleId: string,
): Promise<ResolvedRole> {
  if (isBuiltInRole(roleId)) {
    return {
      id: roleId,
      name: roleId,
      permissions: builtInRolePermissions(roleId, catalog),
      scope: builtInRoleScope(roleId),
    };
  }
  const [role] = await control.db
    .select()
    .from(customRoles)
    .where(and(eq(customRoles.orgId, orgId), eq(customRoles.id, roleId)));
  if (!role) throw new DomainError("FORBIDDEN", peopleMessages.roleMissing, { params: { role: roleId } });
  const known = new Set(catalog.map((p) => p.id));
  return {
    id: role.id,
    name: role.name,
    permissions: new Set(role.permissions.filter((p) => known.has(p))),
    scope: role.scope,
  };
}

/** Checks that a role id names a built-in role or a custom role of the organisation. */
export async function assertRoleExists(
  control: DatabaseHandle,
  orgId: string,
  roleId: string,
): Promise<void> {
  if (isBuiltInRole(roleId)) return;
  const [role] = await control.db
    .select({ id: customRoles.id })
    .from(customRoles)
    .where(and(eq(customRoles.orgId, orgId), eq(customRoles.id, roleId)));
  if (!role)
    throw new DomainError("BAD_INPUT", peopleMessages.unknownRoleNamed, {
      params: { role: roleId },
      fields: { role: peopleMessages.unknownRole },
    });
}

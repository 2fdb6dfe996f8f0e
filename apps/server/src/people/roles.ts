import {
  type Actor,
  builtInRolePermissions,
  builtInRoles,
  cleanText,
  DomainError,
  newId,
  peopleMessages,
} from "@quartet/core";
import { writeTransaction } from "@quartet/db";
import { apiKeys, customRoles, invitations, memberships } from "@quartet/db/control";
import { and, asc, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import type { PeopleDeps } from "./deps.ts";
import { recordAudit } from "./record-audit.ts";

/** A custom role as an administrator defines it. */
export const customRoleInput = z.object({
  name: cleanText(80).min(1, peopleMessages.nameRole),
  permissions: z.array(z.string()).max(500),
  scope: z.enum(["own", "team", "all"]).default("team"),
});

/** Built-in roles with what they hold, then the organisation's custom roles. */
export async function listRoles(deps: PeopleDeps, orgId: string) {
  const custom = await deps.control.db
    .select()
    .from(customRoles)
    .where(eq(customRoles.orgId, orgId))
    .orderBy(asc(customRoles.name));
  return {
    permissions: deps.catalog.map((p) => ({ id: p.id, description: p.description })),
    roles: [
      ...builtInRoles.map((role) => ({
        id: role.id as string,
        name: role.name,
        builtIn: true,
        scope: role.scope,
        permissions: [...builtInRolePermissions(role.id, deps.catalog)],
      })),
      ...custom.map((role) => ({
        id: role.id,
        name: { en: role.name, ru: role.name },
        builtIn: false,
        scope: role.scope,
        permissions: role.permissions,
      })),
    ],
  };
}

function checkPermissions(deps: PeopleDeps, permissions: string[]): string[] {
  const known = new Set(deps.catalog.map((p) => p.id));
  const unknown = permissions.filter((p) => !known.has(p));
  if (unknown.length > 0) {
    throw new DomainError("BAD_INPUT", peopleMessages.unknownPermissions, {
      params: { permissions: unknown.join(", ") },
      fields: {
        permissions: { key: peopleMessages.unknownList, params: { permissions: unknown.join(", ") } },
      },
    });
  }
  if (permissions.includes("core.org.ownership")) {
    throw new DomainError("BAD_INPUT", peopleMessages.ownershipNotGranted, {
      fields: { permissions: peopleMessages.ownerOnly },
    });
  }
  return [...new Set(permissions)].sort();
}

async function audited(
  deps: PeopleDeps,
  actor: Actor,
  orgId: string,
  action: string,
  id: string,
  before: unknown,
  after: unknown,
) {
  await recordAudit(deps, actor, orgId, { action, entity: "role", entityId: id, before, after });
}

/** Creates a custom role. */
export async function createRole(
  deps: PeopleDeps,
  actor: Actor,
  orgId: string,
  input: z.input<typeof customRoleInput>,
) {
  const parsed = customRoleInput.parse(input);
  const row = {
    id: newId("role", deps.clock.now()),
    orgId,
    name: parsed.name,
    permissions: checkPermissions(deps, parsed.permissions),
    scope: parsed.scope,
    createdAt: deps.clock.now(),
  };
  if (
    builtInRoles.some(
      (r) =>
        r.name.en.toLowerCase() === row.name.toLowerCase() ||
        r.name.ru.toLowerCase() === row.name.toLowerCase(),
    )
  ) {
    throw new DomainError("CONFLICT", peopleMessages.builtInRoleName, {
      fields: { name: peopleMessages.takenByBuiltIn },
    });
  }
  await writeTransaction(deps.control, (tx) => tx.insert(customRoles).values(row)).catch((error) => {
    if (String(error?.cause?.message ?? error).includes("UNIQUE"))
      throw new DomainError("CONFLICT", peopleMessages.roleNameTaken, {
        fields: { name: peopleMessages.taken },
      });
    throw error;
  });
  await audited(deps, actor, orgId, "core.role.create", row.id, null, {
    name: row.name,
    permissions: row.permissions,
    scope: row.scope,
  });
  return row;
}

/** Changes a custom role; built-in roles are fixed. */
export async function updateRole(
  deps: PeopleDeps,
  actor: Actor,
  orgId: string,
  roleId: string,
  input: z.input<typeof customRoleInput>,
) {
  const parsed = customRoleInput.parse(input);
  const [before] = await deps.control.db
    .select()
    .from(customRoles)
    .where(and(eq(customRoles.orgId, orgId), eq(customRoles.id, roleId)));
  if (!before) throw new DomainError("NOT_FOUND", peopleMessages.noCustomRole);
  const change = {
    name: parsed.name,
    permissions: checkPermissions(deps, parsed.permissions),
    scope: parsed.scope,
  };
  await writeTransaction(deps.control, (tx) =>
    tx.update(customRoles).set(change).where(eq(customRoles.id, roleId)),
  );
  await audited(
    deps,
    actor,
    orgId,
    "core.role.update",
    roleId,
    { name: before.name, permissions: before.permissions, scope: before.scope },
    change,
  );
}

/** Deletes a custom role nobody holds (members, pending invitations, live API keys). */
export async function deleteRole(deps: PeopleDeps, actor: Actor, orgId: string, roleId: string) {
  const inUse = [
    ...(await deps.control.db
      .select({ id: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.role, roleId)))),
    ...(await deps.control.db
      .select({ id: invitations.id })
      .from(invitations)
      .where(
        and(
          eq(invitations.orgId, orgId),
          eq(invitations.role, roleId),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )),
    ...(await deps.control.db
      .select({ id: apiKeys.id })
      .from(apiKeys)
      .where(and(eq(apiKeys.orgId, orgId), eq(apiKeys.role, roleId), isNull(apiKeys.revokedAt)))),
  ];
  if (inUse.length > 0)
    throw new DomainError("CONFLICT", peopleMessages.roleInUse, { params: { count: inUse.length } });
  const result = await writeTransaction(deps.control, (tx) =>
    tx.delete(customRoles).where(and(eq(customRoles.orgId, orgId), eq(customRoles.id, roleId))),
  );
  if (result.rowsAffected !== 1) throw new DomainError("NOT_FOUND", peopleMessages.noCustomRole);
  await audited(deps, actor, orgId, "core.role.delete", roleId, null, null);
}

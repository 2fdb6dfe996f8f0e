import type { LocalizedText } from "../i18n.ts";
import type { BuiltInRole, PermissionDefinition } from "../plugin/define-permission.ts";

/** How far a role's record access reaches. */
export type RecordScope = "own" | "team" | "all";

/** A built-in role: its name, what it is for, and its record scope. */
export type BuiltInRoleDefinition = {
  id: BuiltInRole;
  name: LocalizedText;
  description: LocalizedText;
  scope: RecordScope;
};

/** The six built-in roles, from most to least powerful. */
export const builtInRoles: readonly BuiltInRoleDefinition[] = [
  {
    id: "owner",
    name: { en: "Owner", ru: "Владелец" },
    description: { en: "Everything, including ownership", ru: "Всё, включая владение" },
    scope: "all",
  },
  {
    id: "admin",
    name: { en: "Administrator", ru: "Администратор" },
    description: { en: "Everything but ownership", ru: "Всё, кроме владения" },
    scope: "all",
  },
  {
    id: "head-of-sales",
    name: { en: "Head of sales", ru: "Руководитель продаж" },
    description: {
      en: "Runs the four functions and their people",
      ru: "Управляет четырьмя функциями и людьми",
    },
    scope: "all",
  },
  {
    id: "member",
    name: { en: "Member", ru: "Сотрудник" },
    description: { en: "Works clients of the team", ru: "Работает с клиентами своей команды" },
    scope: "team",
  },
  {
    id: "caller",
    name: { en: "Caller", ru: "Оператор" },
    description: {
      en: "Part-time: only the call screen and scripts",
      ru: "Почасовой: только экран звонков и скрипты",
    },
    scope: "own",
  },
  {
    id: "viewer",
    name: { en: "Viewer", ru: "Наблюдатель" },
    description: { en: "Reads, never writes", ru: "Только просмотр" },
    scope: "all",
  },
];

const builtInIds = new Set<string>(builtInRoles.map((role) => role.id));

/** True for the id of a built-in role. */
export function isBuiltInRole(role: string): role is BuiltInRole {
  return builtInIds.has(role);
}

/** Permissions that only the owner holds, whatever the catalog says. */
export const ownerOnlyPermissions: ReadonlySet<string> = new Set(["core.org.ownership"]);

/**
 * The permissions a built-in role holds: the owner holds `*`; an admin everything but
 * owner-only permissions; other roles what each permission grants them by default.
 */
export function builtInRolePermissions(
  role: BuiltInRole,
  catalog: readonly PermissionDefinition[],
): Set<string> {
  if (role === "owner") return new Set(["*"]);
  if (role === "admin")
    return new Set(catalog.map((p) => p.id).filter((id) => !ownerOnlyPermissions.has(id)));
  return new Set(catalog.filter((p) => p.defaultRoles.includes(role)).map((p) => p.id));
}

/** The record scope of a built-in role. */
export function builtInRoleScope(role: BuiltInRole): RecordScope {
  return builtInRoles.find((r) => r.id === role)?.scope ?? "own";
}

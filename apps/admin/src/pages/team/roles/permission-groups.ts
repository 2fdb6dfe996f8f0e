/** A permission of the catalog: its id (`owner.area.verb`) and what it allows, in both languages. */
export type CatalogPermission = { id: string; description: { en: string; ru: string } };

/** Permissions sharing an owner: core, or one plugin. */
export type PermissionGroup = { owner: string; permissions: CatalogPermission[] };

/** Permissions no role can be granted: only the owner holds them. */
export const ownerOnly: ReadonlySet<string> = new Set(["core.org.ownership"]);

/** The permissions grouped by owner prefix (`core.…`, `prospecting.…`): core first, then plugins by id. */
export function groupPermissions(catalog: readonly CatalogPermission[]): PermissionGroup[] {
  const groups = new Map<string, CatalogPermission[]>();
  for (const permission of catalog) {
    if (ownerOnly.has(permission.id)) continue;
    const owner = permission.id.split(".")[0] ?? permission.id;
    groups.set(owner, [...(groups.get(owner) ?? []), permission]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === "core" ? -1 : b === "core" ? 1 : a.localeCompare(b)))
    .map(([owner, permissions]) => ({ owner, permissions }));
}

/** Whether all, some or none of a group is selected. */
export function groupState(group: PermissionGroup, selected: ReadonlySet<string>): "all" | "some" | "none" {
  const count = group.permissions.filter((p) => selected.has(p.id)).length;
  return count === 0 ? "none" : count === group.permissions.length ? "all" : "some";
}

/** The selection with a whole group added or removed. */
export function toggleGroup(selected: ReadonlySet<string>, group: PermissionGroup, on: boolean): Set<string> {
  const next = new Set(selected);
  for (const permission of group.permissions) {
    if (on) next.add(permission.id);
    else next.delete(permission.id);
  }
  return next;
}

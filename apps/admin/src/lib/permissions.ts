/**
 * True when a set of permissions (as `core.me` lists them) grants one: `*` grants everything,
 * and an entry without a permission is open to everyone.
 *
 * @example can(["*"], "core.plugins.manage") // true
 */
export function can(permissions: readonly string[] | undefined, permission: string | undefined): boolean {
  if (!permission) return true;
  if (!permissions) return false;
  return permissions.includes("*") || permissions.includes(permission);
}

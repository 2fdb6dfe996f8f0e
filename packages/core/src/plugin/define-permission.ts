import type { LocalizedText } from "../i18n.ts";

/** Built-in role ids; organisations may add custom roles. */
export type BuiltInRole = "owner" | "admin" | "head-of-sales" | "member" | "caller" | "viewer";

/** A permission a procedure can require, granted to roles. */
export type PermissionDefinition = {
  readonly id: string;
  readonly description: LocalizedText;
  /** Built-in roles that hold it by default (owner holds everything). */
  readonly defaultRoles: readonly BuiltInRole[];
};

/**
 * Declares a permission. Ids read `<owner>.<area>.<verb>`.
 *
 * @example definePermission({ id: "prospecting.calls.work", description: { en: "Work the call queue", ru: "Работать с очередью звонков" }, defaultRoles: ["caller", "member"] })
 */
export function definePermission(def: {
  id: string;
  description: LocalizedText;
  defaultRoles?: readonly BuiltInRole[];
}): PermissionDefinition {
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(def.id)) {
    throw new Error(`Permission id "${def.id}" must look like "owner.area.verb"`);
  }
  return Object.freeze({ id: def.id, description: def.description, defaultRoles: def.defaultRoles ?? [] });
}

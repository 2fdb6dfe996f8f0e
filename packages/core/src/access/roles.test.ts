import { describe, expect, it } from "vitest";
import { definePermission } from "../plugin/define-permission.ts";
import { builtInRolePermissions, builtInRoleScope, isBuiltInRole } from "./roles.ts";

const d = { en: "x", ru: "x" };
const catalog = [
  definePermission({ id: "core.org.ownership", description: d }),
  definePermission({ id: "core.org.read", description: d, defaultRoles: ["admin", "member", "viewer"] }),
  definePermission({ id: "prospecting.calls.work", description: d, defaultRoles: ["caller", "member"] }),
  definePermission({ id: "prospecting.scripts.read", description: d, defaultRoles: ["caller"] }),
];

describe("built-in roles", () => {
  it.each([
    ["owner", ["*"]],
    ["admin", ["core.org.read", "prospecting.calls.work", "prospecting.scripts.read"]],
    ["member", ["core.org.read", "prospecting.calls.work"]],
    ["caller", ["prospecting.calls.work", "prospecting.scripts.read"]],
    ["viewer", ["core.org.read"]],
    ["head-of-sales", []],
  ] as const)("%s holds %j", (role, expected) => {
    expect([...builtInRolePermissions(role, catalog)].sort()).toEqual([...expected].sort());
  });

  it.each([
    ["owner", "all"],
    ["member", "team"],
    ["caller", "own"],
  ] as const)("%s reaches %s records", (role, scope) => {
    expect(builtInRoleScope(role)).toBe(scope);
  });

  it.each([
    ["owner", true],
    ["caller", true],
    ["role_custom", false],
    ["", false],
  ])("isBuiltInRole(%j) = %s", (role, expected) => {
    expect(isBuiltInRole(role)).toBe(expected);
  });
});

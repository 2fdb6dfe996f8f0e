import { describe, expect, it } from "vitest";
import { definePermission } from "../plugin/define-permission.ts";
import { errorMessages } from "./catalogs/errors.ts";
import { permissionParam, registerPermissionNames } from "./permission-names.ts";
import { wordMessage } from "./word.ts";

registerPermissionNames([
  definePermission({
    id: "test.calls.work",
    description: { en: "Work the call queue", ru: "Работать с очередью звонков" },
  }),
]);

describe("a refused permission", () => {
  it.each([
    ["en", "test.calls.work", 'You do not have the permission "test.calls.work"'],
    ["ru", "test.calls.work", "Ваша роль этого не позволяет: нужно право «Работать с очередью звонков»"],
    ["ru", "nobody.knows.this", "Ваша роль этого не позволяет: нужно право «без описания»"],
  ] as const)("in %s, %s", (locale, id, expected) => {
    expect(wordMessage(locale, errorMessages.noPermission, { permission: permissionParam(id) })).toBe(
      expected,
    );
  });

  it("names core's permissions by what they allow, without ids in Russian", () => {
    const text = wordMessage("ru", errorMessages.noPermission, {
      permission: permissionParam("core.clients.read"),
    });
    expect(text).not.toMatch(/core\./);
  });
});

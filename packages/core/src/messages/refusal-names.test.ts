import { describe, expect, it } from "vitest";
import { definePermission } from "../plugin/define-permission.ts";
import { errorMessages } from "./catalogs/errors.ts";
import {
  permissionParam,
  pluginParam,
  registerPermissionNames,
  registerPluginName,
} from "./refusal-names.ts";
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

describe("a plugin that is not enabled", () => {
  it("is named by its name in Russian and by its id in English", () => {
    registerPluginName("test-leads", { en: "Leads", ru: "Лиды" });
    const ru = wordMessage("ru", errorMessages.pluginNotEnabled, { plugin: pluginParam("test-leads") });
    const en = wordMessage("en", errorMessages.pluginNotEnabled, { plugin: pluginParam("test-leads") });
    expect([ru, en]).toEqual([
      "Модуль «Лиды» не включён в этой организации; сначала включите его",
      'Plugin not enabled: "test-leads" is not enabled for this organisation',
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { collectClientTabs } from "./collect.ts";
import { defineAdminPlugin } from "./define-admin-plugin.ts";
import type { PluginHost } from "./types.ts";

const tab = async () => ({ default: () => null });

const farming = defineAdminPlugin({
  id: "farming",
  clientTabs: [
    { key: "cross-sell", label: { en: "Cross-sell", ru: "Кросс-продажи" }, component: tab },
    {
      key: "secret",
      label: { en: "Secret", ru: "Тайное" },
      component: tab,
      permission: "farming.rules.manage",
    },
  ],
});
const vip = defineAdminPlugin({
  id: "vip",
  clientTabs: [{ key: "conditions", label: { en: "Conditions", ru: "Условия" }, component: tab }],
});

function host(enabled: string[], permissions: string[]): PluginHost {
  return {
    plugins: () => [farming, vip],
    isEnabled: (id) => enabled.includes(id),
    can: (permission) => permission === undefined || permissions.includes(permission),
  };
}

const keys = (h: PluginHost) => collectClientTabs(h).map((t) => `${t.pluginId}:${t.key}`);

describe("collectClientTabs", () => {
  it.each([
    ["nothing enabled: no tabs", [], [], []],
    ["an enabled plugin's tabs the user may see", ["farming"], [], ["farming:cross-sell"]],
    [
      "a tab behind a permission once the user holds it, in plugin order",
      ["vip", "farming"],
      ["farming.rules.manage"],
      ["farming:cross-sell", "farming:secret", "vip:conditions"],
    ],
  ])("%s", (_case, enabled, permissions, expected) => {
    expect(keys(host(enabled, permissions))).toEqual(expected);
  });
});

describe("defineAdminPlugin's client tabs", () => {
  it("refuses the same tab key twice in one plugin", () => {
    expect(() =>
      defineAdminPlugin({
        id: "loyalty",
        clientTabs: [
          { key: "points", label: { en: "Points", ru: "Баллы" }, component: tab },
          { key: "points", label: { en: "Points", ru: "Баллы" }, component: tab },
        ],
      }),
    ).toThrow('client tab "points" twice');
  });
});

import { describe, expect, it } from "vitest";
import { canOpenRoute, collectNav, collectRoutes, collectWidgets } from "./collect.ts";
import { defineAdminPlugin } from "./define-admin-plugin.ts";
import type { PluginHost } from "./types.ts";

const page = async () => ({ default: () => null });
const widget = async () => ({ default: () => null });
const secretWidget = async () => ({ default: () => null });

const prospecting = defineAdminPlugin({
  id: "prospecting",
  routes: [{ path: "/prospecting/calls", component: page, permission: "prospecting.calls.work" }],
  nav: [
    {
      path: "/prospecting/calls",
      label: { en: "Calls", ru: "Звонки" },
      permission: "prospecting.calls.work",
    },
    { path: "/prospecting/leads", label: "nav.leads" },
  ],
  widgets: { dashboard: widget },
});
const vip = defineAdminPlugin({
  id: "vip",
  nav: [{ path: "/vip", label: { en: "VIP", ru: "VIP" } }],
  widgets: { dashboard: { component: secretWidget, permission: "vip.clients.read" } },
});

function host(enabled: string[], permissions: string[]): PluginHost {
  return {
    plugins: () => [prospecting, vip],
    isEnabled: (id) => enabled.includes(id),
    can: (permission) => permission === undefined || permissions.includes(permission),
  };
}

describe("collectWidgets", () => {
  it("takes widgets of enabled plugins only", () => {
    expect(collectWidgets(host(["prospecting"], ["vip.clients.read"]), "dashboard")).toEqual([
      { pluginId: "prospecting", component: widget },
    ]);
  });

  it("hides a widget whose permission the user lacks", () => {
    const ids = (permissions: string[]) =>
      collectWidgets(host(["prospecting", "vip"], permissions), "dashboard").map((w) => w.pluginId);
    expect(ids([])).toEqual(["prospecting"]);
    expect(ids(["vip.clients.read"])).toEqual(["prospecting", "vip"]);
  });

  it("returns nothing for a slot nobody fills", () => {
    expect(collectWidgets(host(["prospecting", "vip"], []), "client.sidePanel")).toEqual([]);
  });
});

describe("collectNav", () => {
  const core = [
    { path: "/", label: "nav.status" },
    { path: "/team", label: "nav.team", permission: "core.team.manage" },
  ];

  it("lists core first, then enabled plugins, without entries the user may not see", () => {
    const paths = collectNav(host(["prospecting"], []), core).map((item) => item.entry.path);
    expect(paths).toEqual(["/", "/prospecting/leads"]);
  });

  it("shows permitted entries and tells whose they are", () => {
    const items = collectNav(
      host(["prospecting", "vip"], ["core.team.manage", "prospecting.calls.work"]),
      core,
    );
    expect(items.map((item) => [item.entry.path, item.pluginId])).toEqual([
      ["/", null],
      ["/team", null],
      ["/prospecting/calls", "prospecting"],
      ["/prospecting/leads", "prospecting"],
      ["/vip", "vip"],
    ]);
  });
});

describe("collectRoutes", () => {
  it("guards routes by enablement and permission", () => {
    const [route] = collectRoutes(host([], []));
    if (!route) throw new Error("expected a route");
    expect(canOpenRoute(host([], ["prospecting.calls.work"]), route)).toBe(false);
    expect(canOpenRoute(host(["prospecting"], []), route)).toBe(false);
    expect(canOpenRoute(host(["prospecting"], ["prospecting.calls.work"]), route)).toBe(true);
  });

  it("refuses two plugins claiming one path", () => {
    const clash = defineAdminPlugin({
      id: "clash",
      routes: [{ path: "/prospecting/calls", component: page }],
    });
    const clashing: PluginHost = { ...host([], []), plugins: () => [prospecting, clash] };
    expect(() => collectRoutes(clashing)).toThrow(/both "prospecting" and "clash"/);
  });
});

describe("defineAdminPlugin", () => {
  it("rejects malformed ids and paths", () => {
    expect(() => defineAdminPlugin({ id: "First Sale" })).toThrow(/kebab-case/);
    expect(() => defineAdminPlugin({ id: "x", routes: [{ path: "calls", component: page }] })).toThrow(
      /start with/,
    );
    expect(() =>
      defineAdminPlugin({
        id: "x",
        routes: [
          { path: "/x", component: page },
          { path: "/x", component: page },
        ],
      }),
    ).toThrow(/twice/);
  });
});

import { describe, expect, it } from "vitest";
import { dependencyClosure, dependencyOrder, dependentsOf, ManifestError, type PluginNode } from "./graph.ts";

const node = (id: string, ...dependsOn: string[]): PluginNode => ({ id, dependsOn });
const ids = (nodes: readonly PluginNode[]) => nodes.map((n) => n.id);

function thrownBy(act: () => unknown): unknown {
  try {
    act();
  } catch (error) {
    return error;
  }
  throw new Error("expected a ManifestError, nothing was thrown");
}

// crm ← prospecting ← first-sale ← farming ← vip;  crm ← reports;  telephony (alone)
const legs = [
  node("vip", "farming"),
  node("farming", "first-sale", "crm"),
  node("first-sale", "prospecting"),
  node("prospecting", "crm"),
  node("reports", "crm"),
  node("crm"),
  node("telephony"),
];

describe("dependencyOrder", () => {
  it.each([
    ["no plugins", [], []],
    ["one plugin", [node("crm")], ["crm"]],
    ["independent plugins keep their order", [node("b"), node("a"), node("c")], ["b", "a", "c"]],
    ["a dependency moves first", [node("b", "a"), node("a")], ["a", "b"]],
    ["a diamond", [node("d", "b", "c"), node("c", "a"), node("b", "a"), node("a")], ["a", "b", "c", "d"]],
    ["the four legs", legs, ["crm", "prospecting", "first-sale", "farming", "vip", "reports", "telephony"]],
  ])("%s", (_, plugins, expected) => {
    expect(ids(dependencyOrder(plugins))).toEqual(expected);
  });

  it("puts every plugin after all of its dependencies", () => {
    const ordered = ids(dependencyOrder(legs));
    for (const plugin of legs) {
      for (const dep of plugin.dependsOn)
        expect(ordered.indexOf(dep)).toBeLessThan(ordered.indexOf(plugin.id));
    }
  });

  it.each([
    [[node("farming", "billing")], 'Plugin "farming" depends on unknown plugin "billing"', ["farming"]],
    [[node("a"), node("b", "a", "ghost")], 'Plugin "b" depends on unknown plugin "ghost"', ["b"]],
    [[node("a", "a")], "Plugin dependency cycle: a → a", ["a"]],
    [[node("a", "b"), node("b", "a")], "Plugin dependency cycle: a → b → a", ["b", "a"]],
    [
      [node("x", "b"), node("b", "c"), node("c", "d"), node("d", "b")],
      "Plugin dependency cycle: b → c → d → b",
      ["c", "d", "b"],
    ],
  ])("%j fails with %s", (plugins, message, pluginIds) => {
    const error = thrownBy(() => dependencyOrder(plugins));
    expect(error).toBeInstanceOf(ManifestError);
    expect(error).toMatchObject({ name: "ManifestError", message, pluginIds });
  });
});

describe("dependencyClosure", () => {
  it.each([
    ["crm", ["crm"]],
    ["telephony", ["telephony"]],
    ["prospecting", ["crm", "prospecting"]],
    ["vip", ["crm", "prospecting", "first-sale", "farming", "vip"]],
    ["reports", ["crm", "reports"]],
  ])("%s needs %j", (id, expected) => {
    expect(ids(dependencyClosure(legs, id))).toEqual(expected);
  });

  it("fails on an unknown plugin", () => {
    const error = thrownBy(() => dependencyClosure(legs, "billing"));
    expect(error).toBeInstanceOf(ManifestError);
    expect(error).toHaveProperty("message", 'Unknown plugin "billing"');
  });
});

describe("dependentsOf", () => {
  it.each([
    ["crm", ["prospecting", "first-sale", "farming", "vip", "reports"]],
    ["prospecting", ["first-sale", "farming", "vip"]],
    ["farming", ["vip"]],
    ["vip", []],
    ["telephony", []],
    ["billing", []],
  ])("%s is needed by %j", (id, expected) => {
    expect(ids(dependentsOf(legs, id))).toEqual(expected);
  });
});

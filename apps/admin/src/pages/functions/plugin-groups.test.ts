import { describe, expect, it } from "vitest";
import { enabledAmong, groupPlugins } from "./plugin-groups.ts";

const plugin = (id: string, fn: "prospecting" | "vip" | null, state = "available") => ({
  id,
  function: fn,
  state,
});

describe("groupPlugins", () => {
  it("always shows the four functions, then general plugins when there are any", () => {
    const groups = groupPlugins([
      plugin("audit", null),
      plugin("calls", "prospecting"),
      plugin("forms", "prospecting"),
    ]);
    expect(groups.map((g) => [g.key, g.plugins.map((p) => p.id)])).toEqual([
      ["prospecting", ["calls", "forms"]],
      ["first-sale", []],
      ["farming", []],
      ["vip", []],
      ["general", ["audit"]],
    ]);
  });

  it("shows four empty functions when nothing is installed", () => {
    expect(groupPlugins([]).map((g) => [g.key, g.plugins.length])).toEqual([
      ["prospecting", 0],
      ["first-sale", 0],
      ["farming", 0],
      ["vip", 0],
    ]);
  });
});

describe("enabledAmong", () => {
  it("keeps only the enabled plugins of the list", () => {
    const plugins = [
      plugin("a", "vip", "enabled"),
      plugin("b", "vip", "disabled"),
      plugin("c", null, "enabled"),
    ];
    expect(enabledAmong(plugins, ["a", "b"]).map((p) => p.id)).toEqual(["a"]);
  });
});

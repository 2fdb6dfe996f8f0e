import type { SalesFunction } from "@quartet/ui";
import { describe, expect, it } from "vitest";
import { legSummary, legsFromCoverage, legsFromPlugins, needingPlugins } from "./leg-view.ts";

const functions: SalesFunction[] = ["prospecting", "first-sale", "farming", "vip"];

describe("legsFromCoverage", () => {
  it("keeps each leg's status and names the people holding it", () => {
    const legs = legsFromCoverage([
      {
        function: "prospecting",
        status: "covered",
        pluginEnabled: true,
        people: [{ name: "Anna", paused: false }],
      },
      { function: "first-sale", status: "missing", pluginEnabled: false, people: [] },
      {
        function: "farming",
        status: "all-paused",
        pluginEnabled: false,
        people: [{ name: "Ivan", paused: true }],
      },
      { function: "vip", status: "covered", pluginEnabled: false, people: [{ name: "Anna", paused: false }] },
    ]);
    expect(legs.map((leg) => [leg.function, leg.status, leg.holders, leg.pluginEnabled])).toEqual([
      ["prospecting", "covered", ["Anna"], true],
      ["first-sale", "missing", [], false],
      ["farming", "all-paused", ["Ivan"], false],
      ["vip", "covered", ["Anna"], false],
    ]);
    expect(legSummary(legs)).toEqual({
      covered: ["prospecting", "vip"],
      "all-paused": ["farming"],
      missing: ["first-sale"],
      "no-plugin": [],
    });
    expect(legSummary(needingPlugins(legs))).toEqual({
      covered: ["prospecting"],
      "all-paused": [],
      missing: ["first-sale"],
      "no-plugin": ["farming", "vip"],
    });
  });
});

describe("legsFromPlugins", () => {
  it("returns every leg in order, a leg without plugins missing, ignoring general plugins", () => {
    const legs = legsFromPlugins(functions, [
      { function: "vip", name: "VIP" },
      { function: null, name: "Audit" },
      { function: "vip", name: "Tiers" },
    ]);
    expect(legs.map((leg) => [leg.function, leg.status, leg.holders])).toEqual([
      ["prospecting", "missing", []],
      ["first-sale", "missing", []],
      ["farming", "missing", []],
      ["vip", "covered", ["VIP", "Tiers"]],
    ]);
  });
});

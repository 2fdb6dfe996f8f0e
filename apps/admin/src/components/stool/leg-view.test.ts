import type { SalesFunction } from "@quartet/ui";
import { describe, expect, it } from "vitest";
import type { InstalledPlugin } from "../../lib/healthz.ts";
import { legsOf, standingLegs } from "./legs.ts";

const functions: SalesFunction[] = ["prospecting", "first-sale", "farming", "vip"];
const plugin = (id: string, fn: InstalledPlugin["function"]): InstalledPlugin => ({
  id,
  function: fn,
  name: { en: id, ru: id },
});

describe("legsOf", () => {
  it("returns every leg in order, missing ones empty, ignoring plugins without a function", () => {
    const legs = legsOf(functions, [plugin("vip", "vip"), plugin("audit", null)]);
    expect(legs.map((leg) => [leg.function, leg.plugins.map((p) => p.id)])).toEqual([
      ["prospecting", []],
      ["first-sale", []],
      ["farming", []],
      ["vip", ["vip"]],
    ]);
    expect(standingLegs(legs)).toBe(1);
  });

  it("lets several plugins hold one leg, which still counts once", () => {
    const legs = legsOf(functions, [plugin("calls", "prospecting"), plugin("forms", "prospecting")]);
    expect(legs[0]?.plugins.map((p) => p.id)).toEqual(["calls", "forms"]);
    expect(standingLegs(legs)).toBe(1);
  });
});

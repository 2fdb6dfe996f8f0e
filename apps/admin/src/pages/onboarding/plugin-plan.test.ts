import { describe, expect, it } from "vitest";
import { pluginPlan } from "./plugin-plan.ts";

describe("pluginPlan", () => {
  const plugins = [
    { id: "forms", function: "prospecting" as const, state: "available" },
    { id: "calls", function: "prospecting" as const, state: "disabled" },
    { id: "deals", function: "first-sale" as const, state: "enabled" },
    { id: "audit", function: null, state: "available" },
  ];

  it("lists, per chosen function, the plugins to enable, skipping enabled and unchosen ones", () => {
    expect(pluginPlan(["prospecting", "first-sale"], plugins)).toEqual({
      prospecting: ["forms", "calls"],
      "first-sale": [],
    });
  });

  it("maps a function without any installed plugin to an empty list", () => {
    expect(pluginPlan(["vip"], plugins)).toEqual({ vip: [] });
    expect(pluginPlan(["vip"], [])).toEqual({ vip: [] });
  });
});

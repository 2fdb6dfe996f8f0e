import { describe, expect, it } from "vitest";
import { pluginNameOf } from "./plugin-name.ts";

const farming = { id: "farming", nav: [{ path: "/farming", label: { en: "Farming", ru: "Развитие" } }] };
const prospecting = {
  id: "prospecting",
  nav: [
    { path: "/leads", label: { en: "Leads", ru: "Лиды" } },
    { path: "/calls", label: { en: "Calls", ru: "Звонки" } },
  ],
};
const keyed = { id: "keyed", nav: [{ path: "/keyed", label: "nav.clients" }] };
const hidden = { id: "hidden", nav: [] };
const plugins = [farming, prospecting, keyed, hidden];

describe("pluginNameOf", () => {
  it.each([
    ["farming", { en: "Farming", ru: "Развитие" }],
    ["prospecting", undefined],
    ["keyed", undefined],
    ["hidden", undefined],
    ["not-installed", undefined],
  ])("%s → %j", (pluginId, name) => {
    expect(pluginNameOf(plugins, pluginId)).toEqual(name);
  });
});

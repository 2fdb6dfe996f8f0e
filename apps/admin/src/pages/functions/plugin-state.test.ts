import { describe, expect, it } from "vitest";
import { actionsFor, stateTone } from "./plugin-state.ts";

describe("actionsFor", () => {
  it.each([
    ["available", { enable: true, disable: false, uninstall: false, settings: false }],
    ["enabled", { enable: false, disable: true, uninstall: true, settings: true }],
    ["disabled", { enable: true, disable: false, uninstall: true, settings: true }],
    ["failed", { enable: true, disable: false, uninstall: true, settings: true }],
    ["uninstalled", { enable: true, disable: false, uninstall: false, settings: false }],
  ] as const)("a %s plugin offers %j", (state, actions) => {
    expect(actionsFor(state, true)).toEqual(actions);
  });

  it("offers no settings to a plugin without any", () => {
    expect(actionsFor("enabled", false).settings).toBe(false);
  });
});

describe("stateTone", () => {
  it("paints enabled green and failed red", () => {
    expect(stateTone("enabled")).toBe("success");
    expect(stateTone("failed")).toBe("danger");
  });
});

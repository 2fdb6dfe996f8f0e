import { describe, expect, it } from "vitest";
import { minimalManifest } from "../plugin/minimal-manifest.ts";
import { defineConfig } from "./define-config.ts";
import { loadAdminPlugins, loadServerPlugins } from "./load.ts";

const alpha = minimalManifest("alpha");
const alphaAdmin = { id: "alpha", routes: [], nav: [], widgets: {} };

describe("loading a configuration", () => {
  it("gives the server halves and the admin halves in the config's order, skipping plugins without a UI", async () => {
    const beta = { ...alpha, id: "beta" };
    const config = defineConfig({
      plugins: [
        { server: async () => ({ default: beta }) },
        { server: async () => ({ default: alpha }), admin: async () => ({ default: alphaAdmin }) },
      ],
    });
    expect((await loadServerPlugins(config)).map((p) => p.id)).toEqual(["beta", "alpha"]);
    expect(await loadAdminPlugins(config)).toEqual([alphaAdmin]);
  });

  it.each([
    ["a module without a default export", {}, /plugin 2: its server module has no default export/],
    [
      "a default export that is no definition",
      { default: "alpha" },
      /plugin 2: its server module default export is not a plugin definition/,
    ],
  ])("refuses %s, naming the entry", async (_, module, message) => {
    const config = defineConfig({
      plugins: [
        { server: async () => ({ default: alpha }) },
        { server: async () => module as { default: typeof alpha } },
      ],
    });
    await expect(loadServerPlugins(config)).rejects.toThrow(message);
  });
});

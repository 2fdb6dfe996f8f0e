import { definePlugin } from "@quartet/core/plugin";
import { afterEach, describe, expect, it } from "vitest";
import { alphaPlugin } from "../fixtures/alpha/plugin.ts";
import { betaPlugin } from "../fixtures/beta/plugin.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

const base = {
  function: null,
  name: { en: "x", ru: "x" },
  description: { en: "x", ru: "x" },
  version: "1.0.0",
  permissions: [],
  events: { emits: [], consumes: [] },
  router: undefined,
};
const orphan = definePlugin({ ...base, id: "orphan", dependsOn: ["missing"] });
const needsOrphan = definePlugin({ ...base, id: "needs-orphan", dependsOn: ["orphan"] });
const ping = definePlugin({ ...base, id: "ping", dependsOn: ["pong"] });
const pong = definePlugin({ ...base, id: "pong", dependsOn: ["ping"] });

describe("boot", () => {
  let t: TestHost | undefined;
  afterEach(() => t?.close());

  it("reports and skips plugins with an unknown dependency or a cycle, and keeps the rest", async () => {
    t = await createTestHost({ plugins: [alphaPlugin, orphan, needsOrphan, ping, pong, betaPlugin] });
    expect(t.host.registry.plugins.map((p) => p.id)).toEqual(["alpha", "beta"]);
    const failures = Object.fromEntries(t.host.registry.failures.map((f) => [f.pluginId, f.error]));
    expect(failures.orphan).toBe('Plugin "orphan" depends on unknown plugin "missing"');
    expect(failures["needs-orphan"]).toBe('Plugin "needs-orphan" depends on unknown plugin "orphan"');
    expect(failures.ping).toMatch(/cycle: (ping → pong → ping|pong → ping → pong)/);
    const health = await (await t.app().request("/healthz")).json();
    expect(health).toMatchObject({
      status: "ok",
      plugins: [{ id: "alpha" }, { id: "beta" }],
      bootFailures: expect.any(Array),
    });
  });
});

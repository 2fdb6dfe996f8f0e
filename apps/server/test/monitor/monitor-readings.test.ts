import { silentLogger } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MonitorDeps } from "../../src/monitor/index.ts";
import { readMonitor } from "../../src/monitor/read-monitor.ts";
import { alphaPlugin } from "../fixtures/alpha/plugin.ts";
import { betaPlugin } from "../fixtures/beta/plugin.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

describe("plugin readings on the monitor", () => {
  let t: TestHost;
  let orgId: string;
  beforeAll(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "Org" })).id;
    await t.host.lifecycle.enable(orgId, "beta", userActor("owner"));
  });
  afterAll(() => t.close());

  const depsWith = (plugins: readonly AnyPlugin[]): MonitorDeps => ({
    plugins,
    enabledIds: (id) => t.host.installations.enabledIds(id),
    settingsOf: t.host.settingsOf,
    runtime: t.host.runtime,
    coverage: (id) => t.host.people.coverage(id),
    timeZone: async () => "Europe/Moscow",
    serviceContext: t.host.serviceContext,
    clock: t.host.clock,
    logger: silentLogger,
  });

  it("keeps the monitor up when a plugin's readings throw: that leg reads «not enough data»", async () => {
    const failing = { ...alphaPlugin, health: async () => Promise.reject(new Error("database is locked")) };
    const bad = {
      ...betaPlugin,
      health: async () => [
        {
          key: "k",
          label: { en: "K", ru: "К" },
          value: 5,
          target: 10,
          unit: "count" as const,
          status: "bad" as const,
        },
      ],
    };
    const { legs } = await readMonitor(depsWith([failing, bad]), orgId);
    expect(legs[0]).toMatchObject({ function: "prospecting", readingsFailed: true, readings: [] });
    expect(legs[1]?.readings).toMatchObject([
      { key: "k", status: "bad", judged: "warn", basis: "default-target" },
    ]);
  });
});

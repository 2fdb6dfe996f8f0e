import type { Logger } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DiagnosticDeps } from "../../src/diagnostic/deps.ts";
import { pluginFacts } from "../../src/diagnostic/plugin-facts.ts";
import { listMembers } from "../../src/people/members.ts";
import { alphaPlugin } from "../fixtures/alpha/plugin.ts";
import { betaPlugin } from "../fixtures/beta/plugin.ts";
import { capturingLogger } from "../support/capturing-logger.ts";
import { memoryMailer } from "../support/memory-mailer.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

describe("the plugins' diagnostic facts", () => {
  let t: TestHost;
  let orgId: string;
  beforeAll(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "Org" })).id;
    await t.host.lifecycle.enable(orgId, "alpha", userActor("owner"));
  });
  afterAll(() => t.close());

  const depsWith = (plugins: readonly AnyPlugin[], logger: Logger): DiagnosticDeps => ({
    plugins,
    enabledIds: (id) => t.host.installations.enabledIds(id),
    settingsOf: t.host.settingsOf,
    runtime: t.host.runtime,
    coverage: (id) => t.host.people.coverage(id),
    members: (id) => listMembers(t.host.people.deps, id),
    orgName: async () => "Org",
    serviceContext: t.host.serviceContext,
    clock: t.host.clock,
    logger,
    consultant: { email: null, url: null },
    mailer: memoryMailer(),
  });

  it("keeps the facts core knows, leaves out unknown ones and a plugin that throws, and asks only enabled plugins", async () => {
    const { logger, lines } = capturingLogger();
    const said = () => lines.map((line) => `${line.level} ${line.msg}`);
    const reporting = {
      ...alphaPlugin,
      diagnostic: async () => [
        { code: "cold-call-scripts", count: 2 },
        { code: "lucky-number", count: 7 },
      ],
    } as unknown as AnyPlugin;
    const throwing = {
      ...alphaPlugin,
      id: "alpha",
      diagnostic: async () => Promise.reject(new Error("boom")),
    };
    const disabled = {
      ...betaPlugin,
      diagnostic: async () => [{ code: "vip-tiers", count: 3, custom: true }],
    };
    expect(await pluginFacts(depsWith([reporting], logger), orgId)).toEqual([
      { code: "cold-call-scripts", count: 2 },
    ]);
    expect(said()).toEqual(["warn unknown diagnostic fact left out"]);
    expect(await pluginFacts(depsWith([throwing, disabled as AnyPlugin], logger), orgId)).toEqual([]);
    expect(said().at(-1)).toBe("error diagnostic facts failed");
  });
});

import type { Logger } from "@quartet/core";
import type { AnyPlugin } from "@quartet/core/plugin";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DiagnosticDeps } from "../../src/diagnostic/deps.ts";
import { pluginFacts } from "../../src/diagnostic/plugin-facts.ts";
import { listMembers } from "../../src/people/members.ts";
import { alphaPlugin } from "../fixtures/alpha/plugin.ts";
import { betaPlugin } from "../fixtures/beta/plugin.ts";
import { memoryMailer } from "../support/memory-mailer.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

/** A logger that keeps the level and message of every line, to see a plugin's failure reported. */
function keepingLogger(lines: string[]): Logger {
  const at = (level: string) => (_obj: object | string, message?: string) =>
    void lines.push(`${level} ${message}`);
  const logger: Logger = {
    debug: at("debug"),
    info: at("info"),
    warn: at("warn"),
    error: at("error"),
    child: () => logger,
  };
  return logger;
}

describe("the plugins' diagnostic facts", () => {
  let t: TestHost;
  let orgId: string;
  beforeAll(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "Org" })).id;
    await t.host.lifecycle.enable(orgId, "alpha", userActor("owner"));
  });
  afterAll(() => t.close());

  const depsWith = (plugins: readonly AnyPlugin[], lines: string[]): DiagnosticDeps => ({
    plugins,
    enabledIds: (id) => t.host.installations.enabledIds(id),
    settingsOf: t.host.settingsOf,
    runtime: t.host.runtime,
    coverage: (id) => t.host.people.coverage(id),
    members: (id) => listMembers(t.host.people.deps, id),
    orgName: async () => "Org",
    serviceContext: t.host.serviceContext,
    clock: t.host.clock,
    logger: keepingLogger(lines),
    consultant: { email: null, url: null },
    mailer: memoryMailer(),
  });

  it("keeps the facts core knows, leaves out unknown ones and a plugin that throws, and asks only enabled plugins", async () => {
    const lines: string[] = [];
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
    expect(await pluginFacts(depsWith([reporting], lines), orgId)).toEqual([
      { code: "cold-call-scripts", count: 2 },
    ]);
    expect(lines).toEqual(["warn unknown diagnostic fact left out"]);
    expect(await pluginFacts(depsWith([throwing, disabled as AnyPlugin], lines), orgId)).toEqual([]);
    expect(lines.at(-1)).toBe("error diagnostic facts failed");
  });
});

import { QUARTET_VERSION } from "@quartet/core";
import { definePermission } from "@quartet/core/plugin";
import { pluginProcedure, router } from "@quartet/core/trpc";
import { afterEach, describe, expect, it } from "vitest";
import { noSupportedVersions } from "../../src/host/registry.ts";
import { alphaPlugin } from "../fixtures/alpha/plugin.ts";
import { capturingLogger } from "../support/capturing-logger.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";
import { barePlugin, pluginWithMigrations } from "./support/boundary-plugins.ts";

const owner = userActor("owner");
const read = definePermission({ id: "alpha.notes.read", description: { en: "Read", ru: "Читать" } });

/** A second plugin that says it is alpha, with a router of its own that answers "impostor". */
const impostor = barePlugin("alpha", {
  permissions: [read],
  router: router({ notes: router({ list: pluginProcedure("alpha", read.id).query(() => "impostor") }) }),
});

describe("plugin boundaries at boot", () => {
  let t: TestHost | undefined;
  afterEach(() => t?.close());

  const failures = () =>
    Object.fromEntries((t?.host.registry.failures ?? []).map((f) => [f.pluginId, f.error]));

  it("refuses a second plugin with an installed id and keeps the first one's router", async () => {
    t = await createTestHost({ plugins: [alphaPlugin, impostor] });
    expect(t.host.registry.plugins).toEqual([alphaPlugin]);
    expect(failures()).toEqual({ alpha: 'Plugin "alpha" is installed twice' });
    const orgId = (await t.host.createOrganisation({ name: "Org" })).id;
    await t.host.lifecycle.enable(orgId, "alpha", owner);
    const caller = await t.caller(owner, orgId);
    await caller.alpha.notes.create({ text: "real" });
    expect((await caller.alpha.notes.list()).map((note) => note.text)).toEqual(["real"]);
  });

  it.each([
    ["banana", 'Plugin "referrals" has version "banana": a semantic version (e.g. 1.0.0) is required'],
    ["1.0", 'Plugin "referrals" has version "1.0": a semantic version (e.g. 1.0.0) is required'],
  ])("refuses version %s", async (version, error) => {
    t = await createTestHost({ plugins: [alphaPlugin, barePlugin("referrals", { version })] });
    expect(t.host.registry.plugins.map((p) => p.id)).toEqual(["alpha"]);
    expect(failures()).toEqual({ referrals: error });
  });

  it.each([
    ["^99.0.0", 'Plugin "referrals" supports Quartet ^99.0.0, and this is Quartet 0.1.0'],
    [
      "banana",
      'Plugin "referrals" has quartet "banana": a semver range of the Quartet versions it supports (e.g. ^0.1.0) is required',
    ],
  ])("refuses supported Quartet versions %s", async (quartet, error) => {
    t = await createTestHost({ plugins: [alphaPlugin, barePlugin("referrals", { quartet })] });
    expect(t.host.registry.plugins.map((p) => p.id)).toEqual(["alpha"]);
    expect(failures()).toEqual({ referrals: error });
  });

  it("loads a plugin that names the Quartet versions it supports without a word, and warns about one that names none", async () => {
    const { logger, lines } = capturingLogger();
    const supported = barePlugin("referrals", { quartet: `^${QUARTET_VERSION}` });
    t = await createTestHost({ plugins: [supported, barePlugin("silent")], logger });
    expect(t.host.registry.plugins.map((p) => p.id)).toEqual(["referrals", "silent"]);
    expect(failures()).toEqual({});
    expect(lines.filter((line) => line.msg === noSupportedVersions).map((line) => line.obj)).toEqual([
      { plugin: "silent" },
    ]);
    expect(noSupportedVersions).toContain(`quartet: "^${QUARTET_VERSION}"`);
  });

  it.each([["core_tasks"], ["alpha_notes"], ["links"]])(
    "refuses a schema declaring %s beside its own table",
    async (name) => {
      const plugin = pluginWithMigrations("referrals", ["referrals_links", name], [[]]);
      t = await createTestHost({ plugins: [alphaPlugin, plugin] });
      expect(t.host.registry.get("referrals")).toBeUndefined();
      expect(failures()).toEqual({
        referrals: `Plugin "referrals" declares table "${name}" outside its prefix: its tables must start with "referrals_"`,
      });
    },
  );

  it("refuses a plugin whose router builds a procedure for another plugin's id", async () => {
    const spy = barePlugin("spy", {
      router: router({ peek: pluginProcedure("alpha", read.id).query(({ ctx }) => ctx.service.settings) }),
    });
    t = await createTestHost({ plugins: [alphaPlugin, spy] });
    expect(failures()).toEqual({
      spy: 'Plugin "spy" has procedure "peek" built with pluginProcedure("alpha", …): use its own id "spy"',
    });
  });
});

import { createCallerFactory } from "@quartet/core/trpc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installedPlugins } from "../../src/plugins.ts";
import { buildAppRouter } from "../../src/trpc/app-router.ts";
import { createRequestContext } from "../../src/trpc/context.ts";
import { callerFor, createUser, orgOwnedBy, sessionOf } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

/** The VIP leg is "not enabled" where this build installs a VIP plugin, else "not installed". */
const vipMissing = installedPlugins.some((plugin) => plugin.function === "vip")
  ? { reasons: ["plugin-disabled"], action: "enable-plugin" }
  : { reasons: ["plugin-not-installed"], action: "install-plugin" };

describe("the four-legs monitor of a solo organisation with only prospecting enabled", () => {
  let t: TestHost;
  const createCaller = createCallerFactory(buildAppRouter(installedPlugins));
  let head: ReturnType<typeof createCaller>;
  beforeAll(async () => {
    t = await createTestHost({ plugins: installedPlugins });
    const anna = await createUser(t, "Anna");
    const orgId = (await orgOwnedBy(t, anna, "ИП Смирнова", "solo")).id;
    await (await callerFor(t, anna, orgId)).core.plugins.enable({ pluginId: "prospecting" });
    const identity = await sessionOf(
      t,
      anna,
    )(new Request("http://localhost/trpc", { headers: { "x-quartet-org": orgId } }));
    head = createCaller(await createRequestContext(t.host, identity));
    const request = await head.prospecting.inbox.create({
      source: "phone",
      name: "Анна",
      phone: "+73431234567",
    });
    await head.prospecting.inbox.qualify({ requestId: request.id });
  });
  afterAll(() => t.close());

  it("shows the other three legs missing, each with its reason and one action", async () => {
    const { legs, verdict } = await head.core.monitor.get();
    expect(legs.map((leg) => [leg.function, leg.state, leg.missing])).toEqual([
      ["prospecting", expect.not.stringMatching("missing"), null],
      ["first-sale", "missing", { reasons: ["plugin-disabled"], action: "enable-plugin" }],
      ["farming", "missing", { reasons: ["plugin-disabled"], action: "enable-plugin" }],
      ["vip", "missing", vipMissing],
    ]);
    expect(verdict).toEqual({
      kind: "missing",
      function: "first-sale",
      reasons: ["plugin-disabled"],
      action: "enable-plugin",
      alsoMissing: ["farming", "vip"],
    });
  });

  it("shows no red against targets nobody set: the weekly lead target is unset, the connect rate has no data", async () => {
    const { legs } = await head.core.monitor.get();
    const prospecting = legs[0];
    expect(prospecting?.readings.map((r) => [r.key, r.value, r.judged, r.basis])).toEqual([
      ["qualified-leads-week", 1, "unknown", "no-target"],
      ["oldest-untriaged", 0, "ok", "plugin"],
      ["connect-rate", null, "unknown", "no-data"],
    ]);
    expect(legs.flatMap((leg) => leg.readings).some((r) => r.judged === "bad")).toBe(false);
    expect(prospecting?.state).toBe("ok");
    expect(prospecting?.active).toBe(1);
  });

  it("judges the lead target once the company sets one", async () => {
    await head.core.plugins.updateSettings({
      pluginId: "prospecting",
      settings: { qualifiedLeadsTargetPerWeek: 5 },
    });
    const reading = (await head.core.monitor.get()).legs[0]?.readings[0];
    expect(reading).toMatchObject({ value: 1, target: 5, targetSource: "organisation", basis: "plugin" });
    await head.core.plugins.updateSettings({
      pluginId: "prospecting",
      settings: { qualifiedLeadsTargetPerWeek: 0 },
    });
  });
});

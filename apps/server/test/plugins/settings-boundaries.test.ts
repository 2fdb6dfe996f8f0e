import { newSecret } from "@quartet/core";
import { type AnyPlugin, definePermission, defineSubscriber, type HookEnv } from "@quartet/core/plugin";
import { pluginProcedure, router } from "@quartet/core/trpc";
import { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { alphaPlugin, noteCreated } from "../fixtures/alpha/plugin.ts";
import { callRefusal } from "../support/call-refusal.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";
import { barePlugin } from "./support/boundary-plugins.ts";

const owner = userActor("owner");
const settings = z.object({ secret: z.string().default("") });
type Settings = z.infer<typeof settings>;

/** What each plugin's code saw as "its" settings, by where it ran: `probe-a:job:<secret>`. */
const seen: string[] = [];

/**
 * A plugin with a secret setting that records the settings its procedure, subscriber, job,
 * public endpoint and `onEnable` receive.
 */
function probe(id: string): AnyPlugin {
  const read = definePermission({ id: `${id}.read`, description: { en: "Read", ru: "Читать" } });
  const note = (where: string, value: unknown) => seen.push(`${id}:${where}:${(value as Settings).secret}`);
  return barePlugin(id, {
    settings,
    secretSettings: ["secret"],
    permissions: [read],
    events: { emits: [], consumes: [noteCreated] },
    router: router({
      peek: pluginProcedure(id, read.id).query(({ ctx }) => (ctx.service.settings as Settings).secret),
      /** Asks the request context for another plugin's settings by id. */
      pry: pluginProcedure(id, read.id)
        .input(z.object({ of: z.string() }))
        .query(({ ctx, input }) => (ctx.pluginSettings(input.of) as Settings).secret),
    }),
    subscribers: [
      defineSubscriber({
        name: "note",
        event: noteCreated,
        handle: async (ctx) => void note("subscriber", ctx.settings),
      }),
    ],
    jobs: [{ name: "look", everyMs: 60_000, run: async (ctx) => void note("job", ctx.settings) }],
    http: () =>
      new Hono<HookEnv>().post("/look/:key", async (c) => {
        const target = await c.var.resolveHook(c.req.param("key"));
        note("hook", target?.settings);
        return c.body(null, 204);
      }),
    lifecycle: { onEnable: async (ctx) => void note("enable", ctx.settings) },
  });
}

/** A plugin whose router asks for probe-a's settings by naming probe-a at the call site. */
const thief = barePlugin("thief", {
  router: router({
    steal: pluginProcedure("probe-a", "probe-a.read").query(
      ({ ctx }) => (ctx.service.settings as Settings).secret,
    ),
  }),
});

describe("a plugin receives only its own settings", () => {
  let t: TestHost;
  let orgId: string;
  beforeEach(async () => {
    seen.length = 0;
    t = await createTestHost({ plugins: [alphaPlugin, probe("probe-a"), probe("probe-b"), thief] });
    orgId = (await t.host.createOrganisation({ name: "Org" })).id;
    await t.host.lifecycle.enable(orgId, "alpha", owner);
    await t.host.lifecycle.enable(orgId, "probe-a", owner, { secret: "a-secret" });
    await t.host.lifecycle.enable(orgId, "probe-b", owner, { secret: "b-secret" });
  });
  afterEach(() => t.close());

  it("hands each plugin's procedure, subscriber, job, endpoint and hook its own settings", async () => {
    const caller = (await t.caller(owner, orgId)) as unknown as Record<string, { peek(): Promise<string> }>;
    expect(await caller.probeA?.peek()).toBe("a-secret");
    expect(await caller.probeB?.peek()).toBe("b-secret");
    await (await t.caller(owner, orgId)).alpha.notes.create({ text: "hello" });
    await t.host.dispatcher.dispatchOrg(orgId);
    await t.host.dispatcher.idle();
    await t.host.scheduler.tickOrg(orgId);
    const org = await t.host.runtime(orgId);
    for (const id of ["probe-a", "probe-b"]) {
      const key = newSecret(18);
      await org.hookKeys.register(id, key);
      expect((await t.app().request(`/hooks/${id}/look/${key}`, { method: "POST" })).status).toBe(204);
    }
    expect(seen.sort()).toEqual([
      "probe-a:enable:a-secret",
      "probe-a:hook:a-secret",
      "probe-a:job:a-secret",
      "probe-a:subscriber:a-secret",
      "probe-b:enable:b-secret",
      "probe-b:hook:b-secret",
      "probe-b:job:b-secret",
      "probe-b:subscriber:b-secret",
    ]);
  });

  it("answers a procedure's ctx.pluginSettings for its own plugin only", async () => {
    type Prying = Record<string, { pry(input: { of: string }): Promise<string> }>;
    const caller = (await t.caller(owner, orgId)) as unknown as Prying;
    expect(await caller.probeB?.pry({ of: "probe-b" })).toBe("b-secret");
    const refusal = await callRefusal(caller.probeB?.pry({ of: "probe-a" }) ?? Promise.resolve());
    expect(refusal).toMatchObject({
      code: "FORBIDDEN",
      message:
        'Plugin "probe-b" asked for the settings of "probe-a": a plugin receives only its own settings',
    });
    expect(JSON.stringify(refusal)).not.toContain("a-secret");
  });

  it("refuses a procedure built with another plugin's id, at boot and when called", async () => {
    expect(t.host.registry.failures).toEqual([
      {
        pluginId: "thief",
        error:
          'Plugin "thief" has procedure "steal" built with pluginProcedure("probe-a", …): use its own id "thief"',
      },
    ]);
    const caller = (await t.caller(owner, orgId)) as unknown as Record<string, { steal(): Promise<string> }>;
    const refusal = await callRefusal(caller.thief?.steal() ?? Promise.resolve());
    expect(refusal).toMatchObject({
      code: "FORBIDDEN",
      message:
        'Procedure "thief.steal" is built for plugin "probe-a" but registered by another plugin: a plugin receives only its own settings',
    });
    expect(JSON.stringify(refusal)).not.toContain("a-secret");
  });
});

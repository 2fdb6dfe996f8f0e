import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUp } from "../../src/demo/team.ts";
import { installedPlugins } from "../../src/plugins.ts";
import { callRefusal } from "../support/call-refusal.ts";
import { callerFor, orgOwnedBy } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

describe("core.demo: onboarding's demo data, started in the background with progress", () => {
  let t: TestHost;
  let anna: Awaited<ReturnType<typeof signUp>>;
  let ownOrgId: string;
  beforeAll(async () => {
    t = await createTestHost({ plugins: installedPlugins });
    anna = await signUp(t.host, "Анна", "anna@example.com", "anna-password-1");
    ownOrgId = (await orgOwnedBy(t, anna, "ООО Своя")).id;
  });
  afterAll(() => t.close());

  const poll = async (runId: string) => {
    const api = (await callerFor(t, anna)).core.demo;
    const phases = new Set<string>();
    for (;;) {
      const progress = await api.progress({ runId });
      phases.add(progress.phase);
      if (progress.state !== "running") return { progress, phases };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  it("creates a new organisation owned by the caller and reports each phase until done", async () => {
    const api = (await callerFor(t, anna, ownOrgId)).core;
    const { runId } = await api.demo.start({ name: "Демо Анны", seed: 3, size: "small" });
    await expect(api.demo.start({ size: "small" })).rejects.toMatchObject({ code: "CONFLICT" });
    const { progress, phases } = await poll(runId);
    expect(progress).toMatchObject({ state: "done", percent: 100, error: null });
    expect(phases.size).toBeGreaterThan(1);
    expect(progress.orgId).not.toBe(ownOrgId);
    expect(progress.counts.clients).toBe(36);
    const mine = await (await callerFor(t, anna)).core.me();
    expect(mine.organisations.map((o) => o.name).sort()).toEqual(["ООО Своя", "Демо Анны"].sort());
    const own = await callerFor(t, anna, ownOrgId);
    expect((await own.core.clients.list({ limit: 10 })).items).toHaveLength(0);
  }, 120_000);

  it("shows a run only to the person who started it", async () => {
    const { runId } = await (await callerFor(t, anna)).core.demo.start({ size: "small", seed: 4 });
    const boris = await signUp(t.host, "Борис", "boris@example.com", "boris-password-1");
    await expect((await callerFor(t, boris)).core.demo.progress({ runId })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await poll(runId)).progress.state).toBe("done");
  }, 120_000);

  it("refuses an API key even with every permission: only a person gets a demo organisation", async () => {
    const key = await t.callerWith({
      actor: { kind: "api-key", id: "key_x", name: "API key", role: "owner", permissions: new Set(["*"]) },
      orgId: ownOrgId,
    });
    await expect(key.core.demo.start({ size: "small" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses anonymous callers and names a bad field", async () => {
    const anonymous = await t.callerWith(null);
    await expect(anonymous.core.demo.start({})).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(anonymous.core.demo.progress({ runId: "demo_x" })).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    const api = (await callerFor(t, anna)).core.demo;
    expect(await callRefusal(api.start({ name: "x".repeat(201) }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { name: "At most 200 characters" },
    });
    await expect(api.progress({ runId: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

import { createClient } from "@libsql/client";
import { pluginInstallations } from "@quartet/db/control";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

const owner = userActor("owner");

async function tables(url: string): Promise<string[]> {
  const client = createClient({ url });
  const result = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table'");
  client.close();
  return result.rows.map((row) => String(row.name));
}

describe("plugin lifecycle per organisation", () => {
  let t: TestHost;
  let orgId: string;
  beforeEach(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "Org" })).id;
  });
  afterEach(() => t.close());

  const states = async () =>
    Object.fromEntries((await t.host.lifecycle.describe(orgId)).map((p) => [p.id, p.state]));

  it("enables the dependency closure and refuses to disable a plugin others depend on", async () => {
    expect(await t.host.lifecycle.enable(orgId, "beta", owner)).toEqual({ enabled: ["alpha", "beta"] });
    expect(await states()).toEqual({ alpha: "enabled", beta: "enabled" });
    await expect(t.host.lifecycle.disable(orgId, "alpha", owner)).rejects.toMatchObject({
      code: "CONFLICT",
      details: { dependents: ["beta"] },
      message: expect.stringContaining("beta"),
    });
    expect(await t.host.lifecycle.disable(orgId, "alpha", owner, { cascade: true })).toEqual({
      disabled: ["beta", "alpha"],
    });
    expect(await states()).toEqual({ alpha: "disabled", beta: "disabled" });
  });

  it("keeps every row through disable and re-enable", async () => {
    await t.host.lifecycle.enable(orgId, "alpha", owner);
    const caller = await t.caller(owner, orgId);
    for (const text of ["one", "two", "three"]) await caller.alpha.notes.create({ text });
    await t.host.lifecycle.disable(orgId, "alpha", owner);
    await expect((await t.caller(owner, orgId)).alpha.notes.list()).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await t.host.lifecycle.enable(orgId, "alpha", owner);
    expect((await (await t.caller(owner, orgId)).alpha.notes.list()).map((n) => n.text).sort()).toEqual([
      "one",
      "three",
      "two",
    ]);
  });

  it("purges only that plugin's tables, only in that organisation, after a preview", async () => {
    const other = await t.host.createOrganisation({ name: "Other" });
    await t.host.lifecycle.enable(orgId, "beta", owner);
    await t.host.lifecycle.enable(other.id, "beta", owner);
    await (await t.caller(owner, orgId)).alpha.notes.create({ text: "mine" });
    await (await t.caller(owner, other.id)).alpha.notes.create({ text: "theirs" });
    await t.host.dispatcher.idle();

    const preview = await t.host.lifecycle.purgePreview(orgId, "alpha");
    expect(preview.tables).toEqual(expect.arrayContaining([{ name: "alpha_notes", rows: 1 }]));
    await expect(t.host.lifecycle.uninstall(orgId, "alpha", owner, { purge: true })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    const result = await t.host.lifecycle.uninstall(orgId, "alpha", owner, { purge: true, cascade: true });
    expect(result.uninstalled).toEqual(["beta", "alpha"]);

    const org = await t.host.organisations.get(orgId);
    const left = await tables(org.dbUrl);
    expect(left).not.toContain("alpha_notes");
    expect(left).not.toContain("__migrations_alpha");
    expect(left).toEqual(expect.arrayContaining(["beta_seen", "core_outbox", "core_audit_log"]));
    expect(await tables(other.dbUrl)).toEqual(expect.arrayContaining(["alpha_notes", "beta_seen"]));
    expect(await (await t.caller(owner, other.id)).alpha.notes.list()).toHaveLength(1);

    expect(await t.host.lifecycle.enable(orgId, "alpha", owner)).toEqual({ enabled: ["alpha"] });
    expect(await (await t.caller(owner, orgId)).alpha.notes.list()).toEqual([]);
  });

  it("leaves a plugin whose onEnable throws 'failed', with nothing half-done", async () => {
    await expect(t.host.lifecycle.enable(orgId, "beta", owner, { failOnEnable: true })).rejects.toMatchObject(
      {
        code: "PRECONDITION_FAILED",
        message: expect.stringContaining("beta refuses to start"),
      },
    );
    const beta = (await t.host.lifecycle.describe(orgId)).find((p) => p.id === "beta");
    expect(beta).toMatchObject({ state: "failed", lastError: "beta refuses to start" });
    expect((await states()).alpha).toBe("available");
    const audit = await (await t.host.orgs.get(orgId)).client.execute("SELECT action FROM core_audit_log");
    expect(audit.rows).toHaveLength(0);
  });

  it("validates settings on write and reports invalid stored settings as misconfigured", async () => {
    await expect(t.host.lifecycle.enable(orgId, "alpha", owner, { greeting: "" })).rejects.toMatchObject({
      code: "BAD_INPUT",
      fields: { greeting: expect.any(String) },
    });
    await t.host.lifecycle.enable(orgId, "alpha", owner, { greeting: "привет", token: "s3cret" });
    const alpha = (await t.host.lifecycle.describe(orgId)).find((p) => p.id === "alpha");
    expect(alpha?.settings).toEqual({ greeting: "привет", token: "••••••" });

    await t.host.lifecycle.updateSettings(orgId, "alpha", owner, { greeting: "hi", token: "••••••" });
    const stored = await t.host.control.db.select().from(pluginInstallations);
    expect(stored.find((r) => r.pluginId === "alpha")?.settings).toEqual({ greeting: "hi", token: "s3cret" });

    await t.host.control.client.execute("UPDATE plugin_installations SET settings = '{\"greeting\": 42}'");
    t.host.installations.invalidate(orgId);
    const broken = (await t.host.lifecycle.describe(orgId)).find((p) => p.id === "alpha");
    expect(broken?.misconfigured).toEqual({ greeting: expect.any(String) });
    await expect((await t.caller(owner, orgId)).alpha.notes.list()).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
    });
  });
});

import { existsSync } from "node:fs";
import { createClient } from "@libsql/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

async function tableNames(url: string): Promise<string[]> {
  const client = createClient({ url });
  const result = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  client.close();
  return result.rows.map((row) => String(row.name));
}

describe("a database per organisation", () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await createTestHost();
  });
  afterEach(() => t.close());

  it("gives each organisation its own file and keeps plugin tables where the plugin is enabled", async () => {
    const a = await t.host.createOrganisation({ name: "ООО Ромашка" });
    const b = await t.host.createOrganisation({ name: "Acme" });
    expect(a.slug).toBe("ooo-romashka");
    expect(a.dbUrl).not.toBe(b.dbUrl);
    for (const org of [a, b]) expect(existsSync(org.dbUrl.replace(/^file:/, ""))).toBe(true);

    await t.host.lifecycle.enable(a.id, "alpha", userActor("owner-a"));
    expect(await tableNames(a.dbUrl)).toEqual(
      expect.arrayContaining(["alpha_notes", "core_outbox", "__migrations_alpha"]),
    );
    expect(await tableNames(b.dbUrl)).not.toContain("alpha_notes");
    expect(await tableNames(b.dbUrl)).toContain("core_outbox");
  });

  it("answers FORBIDDEN 'plugin not enabled' in an organisation that has not enabled it", async () => {
    const a = await t.host.createOrganisation({ name: "A" });
    const b = await t.host.createOrganisation({ name: "B" });
    await t.host.lifecycle.enable(a.id, "alpha", userActor("owner-a"));

    const inA = await t.caller(userActor("user-a"), a.id);
    await inA.alpha.notes.create({ text: "first call" });
    expect(await inA.alpha.notes.list()).toHaveLength(1);

    const inB = await t.caller(userActor("user-b"), b.id);
    await expect(inB.alpha.notes.list()).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/plugin not enabled/i),
    });
    await expect(inB.alpha.notes.create({ text: "x" })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers the same over HTTP, with the domain code in the error data", async () => {
    const a = await t.host.createOrganisation({ name: "A" });
    const b = await t.host.createOrganisation({ name: "B" });
    await t.host.lifecycle.enable(a.id, "alpha", userActor("owner"));
    const app = t.app();
    const response = await app.request("/trpc/alpha.notes.list", {
      headers: { "x-test-user": "u", "x-test-org": b.id },
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as {
      error: { json: { message: string; data: { domainCode: string } } };
    };
    expect(body.error.json.message).toMatch(/plugin not enabled/i);
    expect(body.error.json.data.domainCode).toBe("PLUGIN_NOT_ENABLED");
  });

  it("refuses anonymous callers and callers without the permission", async () => {
    const a = await t.host.createOrganisation({ name: "A" });
    await t.host.lifecycle.enable(a.id, "alpha", userActor("owner"));
    const anonymous = await t.caller(null, null);
    await expect(anonymous.alpha.notes.list()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    const viewer = await t.caller(userActor("viewer", ["alpha.notes.read"]), a.id);
    await expect(viewer.alpha.notes.list()).resolves.toEqual([]);
    await expect(viewer.alpha.notes.create({ text: "no" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("alpha.notes.write"),
    });
    expect(await t.caller(userActor("owner"), a.id).then((c) => c.alpha.notes.list())).toEqual([]);
  });

  it("turns bad input into BAD_REQUEST naming the field, and writes nothing", async () => {
    const a = await t.host.createOrganisation({ name: "A" });
    await t.host.lifecycle.enable(a.id, "alpha", userActor("owner"));
    const response = await t.app().request("/trpc/alpha.notes.create", {
      method: "POST",
      headers: { "content-type": "application/json", "x-test-user": "u", "x-test-org": a.id },
      body: JSON.stringify({ json: { text: "" } }),
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as {
      error: { json: { message: string; data: { fields: Record<string, string> } } };
    };
    expect(error.json.data.fields).toEqual({ text: "Write something" });
    expect(error.json.message).toContain("text: Write something");
    expect(await (await t.caller(userActor("owner"), a.id)).alpha.notes.list()).toEqual([]);
  });
});

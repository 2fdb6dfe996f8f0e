import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { callerFor, createUser, orgOwnedBy } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

describe("API keys and the REST bridge", () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await createTestHost();
  });
  afterEach(() => t.close());

  const rest = (path: string, key: string, init: RequestInit = {}) =>
    t.app().request(`/api/v1/${path}`, {
      ...init,
      headers: {
        authorization: `Bearer ${key}`,
        "content-type": "application/json",
        ...(init.headers ?? {}),
      },
    });

  it("shows a key once, stores only its hash, binds it to one organisation and a role, and revokes it", async () => {
    const anna = await createUser(t, "Anna");
    const org = await orgOwnedBy(t, anna, "Romashka");
    const other = await orgOwnedBy(t, await createUser(t, "Other"), "Other");
    const owner = await callerFor(t, anna, org.id);
    const created = await owner.core.apiKeys.create({ name: "1C integration", role: "viewer" });
    expect(created.key).toMatch(/^qk_[A-Za-z0-9_-]{40,}$/);
    expect(await owner.core.apiKeys.list()).toMatchObject([
      { id: created.id, prefix: created.key.slice(0, 10), lastUsedAt: null },
    ]);
    expect(JSON.stringify(await owner.core.apiKeys.list())).not.toContain(created.key);
    const dump = await t.host.control.client.execute("SELECT * FROM api_keys");
    expect(JSON.stringify(dump.rows)).not.toContain(created.key);

    const members = await rest("core.members.list", created.key);
    expect(members.status).toBe(200);
    expect(((await members.json()) as { data: { name: string }[] }).data.map((m) => m.name)).toEqual([
      "Anna",
    ]);
    expect((await owner.core.apiKeys.list())[0]?.lastUsedAt).toEqual(expect.any(Number));

    const write = await rest("core.invitations.create", created.key, {
      method: "POST",
      body: JSON.stringify({ email: "x@example.com", role: "member" }),
    });
    expect(write.status).toBe(403);
    const withOrgHeader = await rest("core.org.get", created.key, { headers: { "x-quartet-org": other.id } });
    expect(((await withOrgHeader.json()) as { data: { id: string } }).data.id).toBe(org.id);

    await owner.core.apiKeys.revoke({ keyId: created.id });
    const afterRevoke = await rest("core.members.list", created.key);
    expect(afterRevoke.status).toBe(401);
    expect(await afterRevoke.json()).toMatchObject({ error: { code: "UNAUTHORIZED" } });
  });

  it("answers bad input with a 4xx naming the field, and documents itself", async () => {
    const anna = await createUser(t, "Anna");
    await orgOwnedBy(t, anna);
    const owner = await callerFor(t, anna);
    const { key } = await owner.core.apiKeys.create({ name: "admin", role: "admin" });
    expect((await rest("core.invitations.create", key, { method: "POST", body: "{oops" })).status).toBe(400);
    const invalid = await rest("core.invitations.create", key, {
      method: "POST",
      body: JSON.stringify({ email: "not-an-email", role: "member" }),
    });
    expect(invalid.status).toBe(400);
    expect(await invalid.json()).toMatchObject({
      error: { code: "BAD_INPUT", fields: { email: "Enter a valid email" } },
    });
    expect((await rest("core.invitations.create", key)).status).toBe(404);
    expect((await rest("core.nothing", key)).status).toBe(404);
    const doc = (await (await t.app().request("/api/v1/openapi.json")).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.paths["/api/v1/core.invitations.create"]?.post).toMatchObject({
      description: expect.stringContaining("core.members.manage"),
    });
    expect(doc.paths["/api/v1/core.members.list"]?.get).toBeDefined();
  });

  it("cannot create a key for another organisation or with the owner role", async () => {
    const anna = await createUser(t, "Anna");
    await orgOwnedBy(t, anna);
    const owner = await callerFor(t, anna);
    await expect(owner.core.apiKeys.create({ name: "x", role: "owner" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(owner.core.apiKeys.create({ name: "x", role: "role_unknown" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

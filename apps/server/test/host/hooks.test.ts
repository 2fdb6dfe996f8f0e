import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

const owner = userActor("owner");

describe("/hooks/<plugin>/… public endpoints", () => {
  let t: TestHost;
  let orgId: string;
  let key: string;
  beforeEach(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "Org" })).id;
    await t.host.lifecycle.enable(orgId, "alpha", owner);
    key = (await (await t.caller(owner, orgId)).alpha.notes.newHookKey()).key;
  });
  afterEach(() => t.close());

  const post = (path: string, body: string) =>
    t.app().request(path, { method: "POST", headers: { "content-type": "application/json" }, body });

  it("writes into the organisation that owns the key", async () => {
    const response = await post(`/hooks/alpha/notes/${key}`, JSON.stringify({ text: "from the website" }));
    expect(response.status).toBe(201);
    expect((await (await t.caller(owner, orgId)).alpha.notes.list()).map((n) => n.text)).toEqual([
      "from the website",
    ]);
  });

  it("is inert once the plugin is disabled, and for unknown keys or plugins", async () => {
    await t.host.lifecycle.disable(orgId, "alpha", owner);
    expect((await post(`/hooks/alpha/notes/${key}`, JSON.stringify({ text: "x" }))).status).toBe(404);
    expect((await post("/hooks/alpha/notes/not-a-real-key-0000", JSON.stringify({ text: "x" }))).status).toBe(
      404,
    );
    expect((await post(`/hooks/unknown/notes/${key}`, "{}")).status).toBe(404);
    await t.host.lifecycle.enable(orgId, "alpha", owner);
    expect(await (await t.caller(owner, orgId)).alpha.notes.list()).toEqual([]);
  });

  it("refuses a key of another organisation's plugin even if guessed", async () => {
    const other = (await t.host.createOrganisation({ name: "Other" })).id;
    await t.host.lifecycle.enable(other, "beta", owner);
    expect((await post(`/hooks/beta/notes/${key}`, JSON.stringify({ text: "x" }))).status).toBe(404);
  });

  it("answers 400 to a malformed body and 413 to an oversized one, writing nothing", async () => {
    expect((await post(`/hooks/alpha/notes/${key}`, "{not json")).status).toBe(400);
    const huge = JSON.stringify({ text: "x".repeat(300 * 1024) });
    const response = await post(`/hooks/alpha/notes/${key}`, huge);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
    expect(await (await t.caller(owner, orgId)).alpha.notes.list()).toEqual([]);
  });
});

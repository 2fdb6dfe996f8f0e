import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

describe("CSRF protection of cookie-authenticated tRPC writes", () => {
  let t: TestHost;
  let orgId: string;
  beforeEach(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "Org" })).id;
    await t.host.lifecycle.enable(orgId, "alpha", userActor("owner"));
  });
  afterEach(() => t.close());

  const createNote = (headers: Record<string, string>) =>
    t.app().request("/trpc/alpha.notes.create", {
      method: "POST",
      headers: { "content-type": "application/json", "x-test-user": "u", "x-test-org": orgId, ...headers },
      body: JSON.stringify({ json: { text: "hello" } }),
    });
  const notes = async () => (await t.caller(userActor("owner"), orgId)).alpha.notes.list();

  it("refuses a cookie-carrying write from another origin with 403 and writes nothing", async () => {
    const response = await createNote({
      cookie: "quartet.session_token=abc",
      origin: "https://evil.example",
    });
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: { code: "FORBIDDEN", message: "Cross-site request refused", fields: null },
    });
    expect(
      (await createNote({ cookie: "quartet.session_token=abc", "sec-fetch-site": "cross-site" })).status,
    ).toBe(403);
    expect((await createNote({ cookie: "quartet.session_token=abc", origin: "null" })).status).toBe(403);
    expect(await notes()).toEqual([]);
  });

  it("lets same-origin writes and cookie-less writes through to tRPC", async () => {
    expect(
      (await createNote({ cookie: "quartet.session_token=abc", origin: "http://localhost:3000" })).status,
    ).toBe(200);
    expect(
      (await createNote({ cookie: "quartet.session_token=abc", "sec-fetch-site": "same-origin" })).status,
    ).toBe(200);
    expect((await createNote({ origin: "https://evil.example" })).status).toBe(200);
    expect(await notes()).toHaveLength(3);
  });

  /** A cross-site cookie-carrying note write authenticated by `authorization` alone (no test user). */
  const crossSiteWith = (authorization: string) =>
    t.app().request("/trpc/alpha.notes.create", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        cookie: "quartet.session_token=abc",
        origin: "https://evil.example",
        authorization,
      },
      body: JSON.stringify({ json: { text: "by key" } }),
    });

  it("lets a cross-site write through only for a valid API key", async () => {
    const key = await t.host.people.createApiKey(userActor("owner"), orgId, { name: "crm", role: "admin" });
    expect((await crossSiteWith(`Bearer ${key.key}`)).status).toBe(200);
    expect((await notes()).map((note) => note.text)).toEqual(["by key"]);
  });

  it("refuses a cross-site cookie write whose Authorization is no valid API key, writing nothing", async () => {
    const revoked = await t.host.people.createApiKey(userActor("owner"), orgId, {
      name: "old",
      role: "admin",
    });
    await t.host.people.revokeApiKey(userActor("owner"), orgId, revoked.id);
    for (const authorization of ["Bearer qk_x", "Bearer not-a-key", "Basic dTpw", `Bearer ${revoked.key}`]) {
      const response = await crossSiteWith(authorization);
      expect(response.status, authorization).toBe(403);
      expect(await response.json()).toMatchObject({ error: { message: "Cross-site request refused" } });
    }
    expect(await notes()).toEqual([]);
  });

  it("leaves cookie-carrying reads alone", async () => {
    const response = await t.app().request("/trpc/alpha.notes.list", {
      headers: {
        cookie: "quartet.session_token=abc",
        origin: "https://evil.example",
        "x-test-user": "u",
        "x-test-org": orgId,
      },
    });
    expect(response.status).toBe(200);
  });
});

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

  it("lets same-origin writes, API-key writes and cookie-less writes through to tRPC", async () => {
    expect(
      (await createNote({ cookie: "quartet.session_token=abc", origin: "http://localhost:3000" })).status,
    ).toBe(200);
    expect(
      (await createNote({ cookie: "quartet.session_token=abc", "sec-fetch-site": "same-origin" })).status,
    ).toBe(200);
    expect(
      (
        await createNote({
          cookie: "quartet.session_token=abc",
          authorization: "Bearer qk_x",
          origin: "https://evil.example",
        })
      ).status,
    ).toBe(200);
    expect((await createNote({ origin: "https://evil.example" })).status).toBe(200);
    expect(await notes()).toHaveLength(4);
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

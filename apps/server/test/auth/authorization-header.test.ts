import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";
import { publicOrigin, signUp } from "./auth-requests.ts";

const ann = { email: "ann@example.com", password: "correct horse battery", name: "Ann Petrova" };

describe("a request with an Authorization header is judged by it alone, never by its cookie", () => {
  let t: TestHost;
  let app: Hono;
  let cookie: string;
  beforeEach(async () => {
    t = await createTestHost();
    app = t.app();
    cookie = (await signUp(app, ann)).cookie;
  });
  afterEach(() => t.close());

  const me = (headers: Record<string, string>) =>
    app.request("/trpc/core.me", { headers: { cookie, ...headers } });
  const createOrg = (headers: Record<string, string>) =>
    app.request("/trpc/core.org.create", {
      method: "POST",
      headers: { cookie, origin: publicOrigin, "content-type": "application/json", ...headers },
      body: JSON.stringify({ json: { name: "ООО Ромашка", growthStage: "solo" } }),
    });
  const organisations = async () =>
    ((await (await me({})).json()) as { result: { data: { json: { organisations: unknown[] } } } }).result
      .data.json.organisations;

  it("authenticates the cookie alone", async () => {
    expect((await me({})).status).toBe(200);
    expect((await createOrg({})).status).toBe(200);
    expect(await organisations()).toHaveLength(1);
  });

  it("refuses a cookie beside an Authorization header that is no API key, reading or writing", async () => {
    for (const authorization of ["Bearer junk", "Bearer qk_unknown", "Basic YW5uOnB3", ""]) {
      expect((await me({ authorization })).status, authorization).toBe(401);
      expect((await createOrg({ authorization })).status, authorization).toBe(401);
    }
    expect(await organisations()).toEqual([]);
  });

  it("acts as the API key, not as the cookie's user, when both come", async () => {
    const orgId = (await t.host.createOrganisation({ name: "Org" })).id;
    const key = await t.host.people.createApiKey(userActor("owner"), orgId, { name: "crm", role: "viewer" });
    const response = await me({ authorization: `Bearer ${key.key}` });
    const body = (await response.json()) as { result: { data: { json: { user: { kind: string } } } } };
    expect(body.result.data.json.user.kind).toBe("api-key");
  });
});

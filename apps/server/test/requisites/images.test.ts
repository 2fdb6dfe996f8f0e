import { corePermissions, maxImageBytes } from "@quartet/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 4, 5, 6]);

describe("requisite images over HTTP", () => {
  let t: TestHost;
  let orgId: string;
  const as = (headers: Record<string, string> = {}) => ({
    "x-test-user": "usr_owner",
    "x-test-org": orgId,
    ...headers,
  });

  beforeAll(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "Org" })).id;
  });
  afterAll(() => t.close());

  const put = (kind: string, body: Uint8Array, headers = as()) =>
    t.app().request(`/api/v1/requisites/images/${kind}`, { method: "PUT", body, headers });

  it("keeps a PNG logo and a JPEG stamp, serves them back by their type, and drops one", async () => {
    expect((await put("logo", png)).status).toBe(200);
    expect((await put("stamp", jpeg)).status).toBe(200);
    const logo = await t.app().request("/api/v1/requisites/images/logo", { headers: as() });
    expect(logo.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await logo.arrayBuffer())).toEqual(png);
    const caller = await t.caller(userActor("usr_owner"), orgId);
    expect(Object.keys((await caller.core.requisites.org.get()).images).sort()).toEqual(["logo", "stamp"]);
    const dropped = await t
      .app()
      .request("/api/v1/requisites/images/stamp", { method: "DELETE", headers: as() });
    expect(dropped.status).toBe(200);
    expect((await t.app().request("/api/v1/requisites/images/stamp", { headers: as() })).status).toBe(404);
  });

  it.each([
    ["a GIF", "logo", new TextEncoder().encode("GIF89a......"), 400],
    ["an SVG", "signature", new TextEncoder().encode("<svg/>"), 400],
    ["an unknown kind", "banner", png, 400],
    ["a PNG over 512 kB", "logo", Uint8Array.from({ length: maxImageBytes + 1 }, (_, i) => png[i] ?? 0), 413],
  ])("refuses %s", async (_, kind, body, status) => {
    const response = await put(kind, body, as({ "x-quartet-locale": "ru" }));
    expect(response.status).toBe(status);
    const { error } = (await response.json()) as { error: { message: string } };
    expect(error.message).toMatch(/[а-яё]/i);
    expect(error.message).not.toMatch(/[a-z]{3}/);
  });

  it("refuses a member without core.requisites.manage (403) and keeps the image", async () => {
    const member = t.app(async () => ({
      actor: userActor("usr_member", [corePermissions.orgRead.id, corePermissions.clientsWrite.id]),
      orgId,
    }));
    const response = await member.request("/api/v1/requisites/images/logo", { method: "PUT", body: jpeg });
    expect(response.status).toBe(403);
    expect((await member.request("/api/v1/requisites/images/logo", { method: "DELETE" })).status).toBe(403);
    const logo = await member.request("/api/v1/requisites/images/logo");
    expect(new Uint8Array(await logo.arrayBuffer())).toEqual(png);
  });
});

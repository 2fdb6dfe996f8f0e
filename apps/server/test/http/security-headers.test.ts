import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { appPolicy, hstsValue } from "../../src/http/security-headers.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

/** A socket peer as node-server reports it (`getConnInfo` reads `env.incoming.socket`). */
const fromPeer = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

describe("security headers of every response", () => {
  let t: TestHost;
  beforeEach(async () => {
    t = await createTestHost({ env: { QUARTET_TRUSTED_PROXIES: "10.0.0.2" } });
    // The test host serves the admin app from here; a tiny build stands in for the real one.
    const adminDir = t.host.config.adminDir;
    mkdirSync(join(adminDir, "assets"), { recursive: true });
    writeFileSync(join(adminDir, "index.html"), "<!doctype html><div id=root></div>");
    writeFileSync(join(adminDir, "assets", "index-abc.js"), "console.log(1)");
  });
  afterEach(() => t.close());

  const get = (path: string, headers: Record<string, string> = {}, peer?: string) =>
    t.app().request(path, { headers }, peer ? fromPeer(peer) : undefined);

  it("gives the admin page, its assets and the APIs the app's policy, nosniff and no referrer", async () => {
    for (const path of [
      "/",
      "/reset-password?token=abc",
      "/assets/index-abc.js",
      "/trpc/core.me",
      "/healthz",
    ]) {
      const response = await get(path);
      expect(response.status, path).toBeLessThan(500);
      expect(response.headers.get("content-security-policy"), path).toBe(appPolicy);
      expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(response.headers.get("referrer-policy"), path).toBe("no-referrer");
      expect(response.headers.get("strict-transport-security"), path).toBeNull();
    }
  });

  it("lets only the app itself frame a document's PDF", async () => {
    const response = await get("/api/v1/documents/doc_1/pdf");
    expect(response.headers.get("content-security-policy")).toBe("frame-ancestors 'self'");
    expect(response.headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("sends HSTS over https, and behind a proxy only when the proxy is trusted", async () => {
    expect((await get("https://crm.example.ru/")).headers.get("strict-transport-security")).toBe(hstsValue);
    const forwarded = { "x-forwarded-proto": "https" };
    expect((await get("/", forwarded, "10.0.0.2")).headers.get("strict-transport-security")).toBe(hstsValue);
    expect((await get("/", forwarded, "203.0.113.7")).headers.get("strict-transport-security")).toBeNull();
    expect((await get("/", forwarded)).headers.get("strict-transport-security")).toBeNull();
    expect(
      (await get("/", { "x-forwarded-proto": "http" }, "10.0.0.2")).headers.get("strict-transport-security"),
    ).toBeNull();
  });

  it("marks refusals and redirects too", async () => {
    const refused = await t.app().request("/trpc/core.org.create", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("x-content-type-options")).toBe("nosniff");
    const redirect = await get("/api/auth/reset-password/not-a-token?callbackURL=%2Freset-password");
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get("referrer-policy")).toBe("no-referrer");
  });
});

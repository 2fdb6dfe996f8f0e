import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHost, type TestHost } from "../support/test-host.ts";
import { postJson, signUp } from "./auth-requests.ts";

const ann = { email: "ann@example.com", password: "correct horse battery" };

describe("sign-in throttling", () => {
  let t: TestHost;
  let app: Hono;
  beforeEach(async () => {
    t = await createTestHost();
    app = t.app();
  });
  afterEach(() => t.close());

  const signInFrom = (address: string, password: string) =>
    postJson(app, "/api/auth/sign-in/email", { email: ann.email, password }, { address });

  it("answers 429 to the 6th sign-in within a minute from one address, and only to that address", async () => {
    await signUp(app, ann);
    for (let attempt = 1; attempt <= 5; attempt++)
      expect((await signInFrom("198.51.100.1", "wrong password")).status).toBe(401);
    const sixth = await signInFrom("198.51.100.1", ann.password);
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get("x-retry-after"))).toBeGreaterThan(0);
    expect((await signInFrom("198.51.100.2", ann.password)).status).toBe(200);
  });

  it("ignores a client-sent address header: the socket address keys the limit", async () => {
    await signUp(app, ann);
    for (let attempt = 1; attempt <= 5; attempt++) {
      const spoofed = await app.request(
        "/api/auth/sign-in/email",
        {
          method: "POST",
          headers: {
            "content-type": "application/json",
            origin: "http://localhost:3000",
            "x-quartet-client-address": `10.0.0.${attempt}`,
          },
          body: JSON.stringify({ email: ann.email, password: "wrong password" }),
        },
        { incoming: { socket: { remoteAddress: "198.51.100.3" } } },
      );
      expect(spoofed.status).toBe(401);
    }
    expect((await signInFrom("198.51.100.3", ann.password)).status).toBe(429);
  });

  it("behind a trusted proxy, keys the limit by the client its X-Forwarded-For names", async () => {
    await t.close();
    t = await createTestHost({ env: { QUARTET_TRUSTED_PROXIES: "10.0.0.2" } });
    app = t.app();
    await signUp(app, ann);
    const viaProxy = (client: string, password: string) =>
      app.request(
        "/api/auth/sign-in/email",
        {
          method: "POST",
          headers: {
            "content-type": "application/json",
            origin: "http://localhost:3000",
            "x-forwarded-for": `1.2.3.4, ${client}`,
          },
          body: JSON.stringify({ email: ann.email, password }),
        },
        { incoming: { socket: { remoteAddress: "10.0.0.2" } } },
      );
    for (let attempt = 1; attempt <= 5; attempt++)
      expect((await viaProxy("198.51.100.5", "wrong password")).status).toBe(401);
    expect((await viaProxy("198.51.100.5", ann.password)).status).toBe(429);
    expect((await viaProxy("198.51.100.6", ann.password)).status).toBe(200);
  });

  it("allows three password reset requests per five minutes from one address", async () => {
    const request = () =>
      postJson(app, "/api/auth/request-password-reset", { email: ann.email }, { address: "198.51.100.4" });
    for (let attempt = 1; attempt <= 3; attempt++) expect((await request()).status).toBe(200);
    expect((await request()).status).toBe(429);
  });
});

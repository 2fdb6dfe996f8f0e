import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestHost, type TestHost } from "../support/test-host.ts";
import { postJson, rawTokenOf, requestWith, sessionCookieOf, signUp } from "./auth-requests.ts";

const ann = { email: "ann@example.com", password: "correct horse battery", name: "Ann Petrova" };

describe("sessions: sign up, sign in, sign out", () => {
  let t: TestHost;
  let app: Hono;
  beforeEach(async () => {
    t = await createTestHost();
    app = t.app();
  });
  afterEach(() => t.close());

  it("signs a new user up and in with an HttpOnly, SameSite=Lax cookie that resolves to the user", async () => {
    const { response, cookie } = await signUp(app, ann);
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith("quartet.session_token="));
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Lax/i);
    expect(setCookie).not.toMatch(/; Secure/i);
    const user = await t.host.auth.sessionUser(requestWith(cookie));
    expect(user).toEqual({ userId: expect.stringMatching(/^usr_/), email: ann.email, name: ann.name });

    const signIn = await postJson(app, "/api/auth/sign-in/email", {
      email: ann.email,
      password: ann.password,
    });
    expect(signIn.status).toBe(200);
    const second = sessionCookieOf(signIn);
    expect(second).not.toBe(cookie);
    expect(await t.host.auth.sessionUser(requestWith(second))).toEqual(user);
  });

  it("refuses a wrong password and resolves no user from a forged or missing cookie", async () => {
    const { cookie } = await signUp(app, ann);
    const wrong = await postJson(app, "/api/auth/sign-in/email", {
      email: ann.email,
      password: "not the password",
    });
    expect(wrong.status).toBe(401);
    expect(
      wrong.headers
        .getSetCookie()
        .some((c) => c.startsWith("quartet.session_token=") && !c.includes("Max-Age=0")),
    ).toBe(false);
    const [name, value] = cookie.split("=");
    const tampered = `${name}=${encodeURIComponent(`${"x".repeat(32)}.${decodeURIComponent(value ?? "").split(".")[1]}`)}`;
    expect(await t.host.auth.sessionUser(requestWith(tampered))).toBeNull();
    expect(await t.host.auth.sessionUser(new Request("http://localhost:3000/trpc/x"))).toBeNull();
  });

  it("ends the session on sign-out, and refuses a sign-out posted from another site", async () => {
    const { cookie } = await signUp(app, ann);
    const forged = await postJson(app, "/api/auth/sign-out", {}, { cookie, origin: "https://evil.example" });
    expect(forged.status).toBe(403);
    expect(await t.host.auth.sessionUser(requestWith(cookie))).not.toBeNull();

    const signOut = await postJson(app, "/api/auth/sign-out", {}, { cookie });
    expect(signOut.status).toBe(200);
    expect(await t.host.auth.sessionUser(requestWith(cookie))).toBeNull();
  });

  it("never puts the session token in an answer's body, only in the HttpOnly cookie", async () => {
    const { response, cookie } = await signUp(app, ann);
    const token = rawTokenOf(cookie);
    expect(await response.text()).not.toContain(token);
    const signIn = await postJson(app, "/api/auth/sign-in/email", {
      email: ann.email,
      password: ann.password,
    });
    const signInBody = await signIn.text();
    expect(signInBody).toContain(ann.email);
    expect(signInBody).not.toContain(rawTokenOf(sessionCookieOf(signIn)));
    const session = await app.request("/api/auth/get-session", { headers: { cookie } });
    const body = (await session.json()) as { session: Record<string, unknown>; user: { email: string } };
    expect(body.user.email).toBe(ann.email);
    expect(body.session).not.toHaveProperty("token");
    expect(JSON.stringify(body)).not.toContain(token);
  });

  it("keeps the session-listing endpoints switched off (stored tokens are hashes)", async () => {
    const { cookie } = await signUp(app, ann);
    const listing = await app.request("/api/auth/list-sessions", { headers: { cookie } });
    expect(listing.status).toBe(404);
    expect((await postJson(app, "/api/auth/revoke-other-sessions", {}, { cookie })).status).toBe(404);
    expect((await postJson(app, "/api/auth/revoke-sessions", {}, { cookie })).status).toBe(200);
    expect(await t.host.auth.sessionUser(requestWith(cookie))).toBeNull();
  });
});

import { sql } from "drizzle-orm";
import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { memoryMailer } from "../support/memory-mailer.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";
import { postJson, requestWith, signUp } from "./auth-requests.ts";

const ann = { email: "ann@example.com", password: "old password 1" };
const newPassword = "new password 2";

describe("password reset by mail", () => {
  let t: TestHost;
  let app: Hono;
  let mailer: ReturnType<typeof memoryMailer>;
  beforeEach(async () => {
    mailer = memoryMailer();
    t = await createTestHost({ mailer });
    app = t.app();
  });
  afterEach(() => t.close());

  const signIn = (password: string) =>
    postJson(app, "/api/auth/sign-in/email", { email: ann.email, password });
  const resetWith = (token: string, password = newPassword) =>
    postJson(app, "/api/auth/reset-password", { token, newPassword: password });
  async function requestReset(): Promise<string> {
    const response = await postJson(app, "/api/auth/request-password-reset", { email: ann.email });
    expect(response.status).toBe(200);
    const link = /http:\/\/localhost:3000\/reset-password\?token=(\S+)/.exec(mailer.sent.at(-1)?.text ?? "");
    if (!link?.[1]) throw new Error("No reset link in the mail");
    return decodeURIComponent(link[1]);
  }

  it("mails a link (Russian first, then English) whose token sets a new password and ends old sessions", async () => {
    const { cookie } = await signUp(app, ann);
    const token = await requestReset();
    const mail = mailer.sent[0];
    expect(mail).toMatchObject({ to: ann.email, subject: expect.stringContaining("Сброс пароля") });
    expect(mail?.text.indexOf("Здравствуйте")).toBeLessThan(mail?.text.indexOf("Hello") ?? -1);
    expect(mail?.html).toContain(`href="http://localhost:3000/reset-password?token=`);

    expect((await resetWith(token)).status).toBe(200);
    expect((await signIn(ann.password)).status).toBe(401);
    expect((await signIn(newPassword)).status).toBe(200);
    expect(await t.host.auth.sessionUser(requestWith(cookie))).toBeNull();
  });

  it("refuses a token that was already used", async () => {
    await signUp(app, ann);
    const token = await requestReset();
    expect((await resetWith(token)).status).toBe(200);
    const again = await resetWith(token, "third password 3");
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ code: "INVALID_TOKEN" });
    expect((await signIn(newPassword)).status).toBe(200);
  });

  it("refuses an expired token and keeps the password", async () => {
    await signUp(app, ann);
    const token = await requestReset();
    await t.host.control.db.run(sql`UPDATE auth_verifications SET expires_at = ${Date.now() - 1000}`);
    expect((await resetWith(token)).status).toBe(400);
    expect((await signIn(ann.password)).status).toBe(200);
  });

  it("answers an unknown address like a known one and sends nothing", async () => {
    const response = await postJson(app, "/api/auth/request-password-reset", { email: "nobody@example.com" });
    expect(response.status).toBe(200);
    expect(mailer.sent).toEqual([]);
  });
});

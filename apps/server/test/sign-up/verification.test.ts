import { users } from "@quartet/db/control";
import { eq } from "drizzle-orm";
import type { Hono } from "hono";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { sessionCookieOf } from "../auth/auth-requests.ts";
import { callRefusal } from "../support/call-refusal.ts";
import { callerFor } from "../support/people.ts";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";
import { signUpRequest, tokenOf } from "./sign-up-requests.ts";

let sink: SmtpSink;
let t: TestHost;
let app: Hono;
beforeEach(async () => {
  sink = await startSmtpSink();
  t = await createTestHost({ env: { QUARTET_SMTP_URL: sink.url, QUARTET_VERIFY_EMAIL: "true" } });
  app = t.app();
});
afterEach(async () => {
  await t.close();
  await sink.close();
});

const verifiedOf = async (id: string) =>
  (await t.host.control.db.select().from(users).where(eq(users.id, id)))[0]?.emailVerified;
const linkIn = (text: string) => /http:\/\/localhost:3000\/verify-email\?token=(\S+)/.exec(text)?.[1] ?? "";

/** Signs up through HTTP and keeps who answered and their session cookie. */
async function signedUp(email: string, invitation?: string) {
  const response = await signUpRequest(app, { email }, { invitation });
  expect(response.status).toBe(200);
  const cookie = sessionCookieOf(response);
  const { user } = (await response.json()) as { user: { id: string; name: string; email: string } };
  return { person: { id: user.id, name: user.name, email: user.email }, cookie };
}

describe("address confirmation by mail (QUARTET_VERIFY_EMAIL)", () => {
  it("mails a link at sign-up; until it is opened the person cannot create an organisation", async () => {
    const { person } = await signedUp("ann@example.ru");
    const mail = await sink.nth(1);
    expect(mail.to).toEqual(["ann@example.ru"]);
    expect(mail.subject).toContain("Подтвердите адрес почты");
    expect(mail.text.indexOf("Здравствуйте")).toBeLessThan(mail.text.indexOf("Hello"));

    const ann = await callerFor(t, person);
    expect(await callRefusal(ann.core.org.create({ name: "ООО Ромашка" }))).toMatchObject({
      code: "FORBIDDEN",
      message: "Confirm your email address first: open the link we mailed to ann@example.ru",
    });
    expect(await callRefusal(ann.core.demo.start({ size: "small" }))).toMatchObject({ code: "FORBIDDEN" });
    expect((await ann.core.me()).organisations).toEqual([]);

    const opened = await app.request(`/api/auth/verify-email?token=${linkIn(mail.text)}`);
    expect(opened.status).toBe(200);
    expect(await verifiedOf(person.id)).toBe(true);
    expect((await ann.core.org.create({ name: "ООО Ромашка" })).name).toBe("ООО Ромашка");
  });

  it("refuses a damaged link and leaves the address unconfirmed; a new link can be asked for", async () => {
    const { person, cookie } = await signedUp("ann@example.ru");
    await sink.nth(1);
    const damaged = await app.request("/api/auth/verify-email?token=not-a-token");
    expect(damaged.status).toBe(401);
    expect(await damaged.json()).toMatchObject({ code: "INVALID_TOKEN" });
    expect(await verifiedOf(person.id)).toBe(false);

    const again = await app.request("/api/auth/send-verification-email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", cookie },
      body: JSON.stringify({ email: "ann@example.ru" }),
    });
    expect(again.status).toBe(200);
    const second = await sink.nth(2);
    expect((await app.request(`/api/auth/verify-email?token=${linkIn(second.text)}`)).status).toBe(200);
    expect(await verifiedOf(person.id)).toBe(true);
  });

  it("needs no confirmation mail for an invited address; accepting an invitation confirms one", async () => {
    const { person: admin } = await signedUp("admin@example.ru");
    await app.request(`/api/auth/verify-email?token=${linkIn((await sink.nth(1)).text)}`);
    const org = await (await callerFor(t, admin)).core.org.create({ name: "ООО Ромашка" });
    const owner = await callerFor(t, admin, org.id);
    const forBob = await owner.core.invitations.create({ email: "bob@example.ru", role: "member" });
    const forCarol = await owner.core.invitations.create({ email: "carol@example.ru", role: "member" });
    expect((await sink.nth(3)).to).toEqual(["carol@example.ru"]);

    const { person: bob } = await signedUp("bob@example.ru", tokenOf(forBob.link));
    expect(await verifiedOf(bob.id)).toBe(true);

    // Carol signed up without the link (from the sign-up page), then followed her invitation.
    const { person: carol } = await signedUp("carol@example.ru");
    expect((await sink.nth(4)).subject).toContain("Подтвердите");
    await (await callerFor(t, carol)).core.invitations.accept({ token: tokenOf(forCarol.link) });
    expect(await verifiedOf(carol.id)).toBe(true);
    expect(sink.received.map((m) => m.to[0])).toEqual([
      "admin@example.ru",
      "bob@example.ru",
      "carol@example.ru",
      "carol@example.ru",
    ]);
  });
});

describe("sign-up settings in loadConfig", () => {
  it("defaults to open, no confirmation, 10 organisations a person", () => {
    expect(loadConfig({}).signUp).toEqual({
      policy: "open",
      verifyEmail: false,
      maxOrganisationsPerUser: 10,
    });
  });

  it.each([
    [{ QUARTET_SIGNUP: "everyone" }, /QUARTET_SIGNUP must be one of open, invitation, closed/],
    [{ QUARTET_VERIFY_EMAIL: "true" }, /QUARTET_VERIFY_EMAIL needs QUARTET_SMTP_URL/],
    [
      { QUARTET_VERIFY_EMAIL: "maybe", QUARTET_SMTP_URL: "smtp://x" },
      /QUARTET_VERIFY_EMAIL must be true or false/,
    ],
    [{ QUARTET_MAX_ORGS_PER_USER: "0" }, /QUARTET_MAX_ORGS_PER_USER must be a positive integer/],
  ])("refuses %o", (env, message) => {
    expect(() => loadConfig(env)).toThrow(message);
  });
});

import { users } from "@quartet/db/control";
import { eq } from "drizzle-orm";
import type { Hono } from "hono";
import { afterEach, describe, expect, it } from "vitest";
import { readInstance } from "../../src/auth/sign-up/instance.ts";
import { callRefusal } from "../support/call-refusal.ts";
import { callerFor } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";
import { personOf, signUpRequest, tokenOf } from "./sign-up-requests.ts";

let t: TestHost;
let app: Hono;
afterEach(() => t.close());

async function hostWith(env: NodeJS.ProcessEnv) {
  t = await createTestHost({ env });
  app = t.app();
}
const userCount = async () => (await t.host.control.db.select().from(users)).length;
const verifiedOf = async (id: string) =>
  (await t.host.control.db.select().from(users).where(eq(users.id, id)))[0]?.emailVerified;
/** The body of a refused sign-up. */
const refusalOf = async (response: Response) =>
  (await response.json()) as { code: string; message: string; messageKey: string };
const policyAsked = async () => (await t.caller(null, null)).core.signUp.policy();

/** The first user signs up and creates an organisation; returns them with an invitation link for `email`. */
async function adminInviting(email: string) {
  const admin = await personOf(await signUpRequest(app, { email: "admin@example.ru", name: "Админ" }));
  const org = await (await callerFor(t, admin)).core.org.create({ name: "ООО Ромашка" });
  const invited = await (await callerFor(t, admin, org.id)).core.invitations.create({
    email,
    role: "member",
  });
  return { admin, org, token: tokenOf(invited.link) };
}

describe("sign-up policy: open", () => {
  it("lets anyone sign up; the first account becomes the server's administrator", async () => {
    await hostWith({});
    expect(await policyAsked()).toEqual({ policy: "open", verifyEmail: false, firstUser: true });
    const first = await personOf(await signUpRequest(app, { email: "ann@example.ru" }));
    const second = await personOf(await signUpRequest(app, { email: "bob@example.ru", name: "Bob" }));
    expect((await readInstance(t.host.control)).adminUserId).toBe(first.id);
    expect(second.id).not.toBe(first.id);
    expect(await policyAsked()).toMatchObject({ firstUser: false });
  });

  it("counts an invited address as confirmed: the link came to it", async () => {
    await hostWith({});
    const { token } = await adminInviting("bob@example.ru");
    const bob = await personOf(await signUpRequest(app, { email: "bob@example.ru" }, { invitation: token }));
    const carol = await personOf(await signUpRequest(app, { email: "carol@example.ru" }));
    expect(await verifiedOf(bob.id)).toBe(true);
    expect(await verifiedOf(carol.id)).toBe(false);
  });
});

describe("sign-up policy: invitation only", () => {
  it("lets the first user in, then only the address an invitation was sent to", async () => {
    await hostWith({ QUARTET_SIGNUP: "invitation" });
    expect(await policyAsked()).toEqual({ policy: "invitation", verifyEmail: false, firstUser: true });
    const { admin, org, token } = await adminInviting("bob@example.ru");
    expect((await readInstance(t.host.control)).adminUserId).toBe(admin.id);

    const stranger = await signUpRequest(app, { email: "eve@example.ru" });
    expect(stranger.status).toBe(403);
    expect(await stranger.json()).toMatchObject({
      code: "SIGN_UP_REFUSED",
      message: "Sign-up on this server is by invitation only: open the invitation link you were mailed",
      messageKey: "core.signup.invitationOnly",
    });
    const inRussian = await signUpRequest(app, { email: "eve@example.ru" }, { locale: "ru" });
    expect((await refusalOf(inRussian)).message).toBe(
      "Регистрация на этом сервере — только по приглашению: откройте ссылку из письма-приглашения",
    );
    const otherAddress = await signUpRequest(app, { email: "eve@example.ru" }, { invitation: token });
    expect(otherAddress.status).toBe(403);
    expect((await refusalOf(otherAddress)).message).toBe(
      "This invitation is for bob@example.ru: sign up with that address",
    );
    expect(await userCount()).toBe(1);

    const bob = await personOf(await signUpRequest(app, { email: "Bob@Example.ru" }, { invitation: token }));
    expect(await verifiedOf(bob.id)).toBe(true);
    await (await callerFor(t, bob)).core.invitations.accept({ token });
    expect((await (await callerFor(t, bob)).core.me()).organisations.map((o) => o.id)).toEqual([org.id]);
  });

  it("refuses a revoked invitation's link, naming it", async () => {
    await hostWith({ QUARTET_SIGNUP: "invitation" });
    const { admin, org, token } = await adminInviting("bob@example.ru");
    const owner = await callerFor(t, admin, org.id);
    const [pending] = await owner.core.invitations.list();
    await owner.core.invitations.revoke({ invitationId: pending?.id ?? "" });
    const refused = await signUpRequest(app, { email: "bob@example.ru" }, { invitation: token });
    expect(refused.status).toBe(403);
    expect((await refusalOf(refused)).messageKey).toBe("core.signup.invitationUnusable");
    expect(await userCount()).toBe(1);
  });
});

describe("sign-up policy: closed", () => {
  it("lets only the first user in, even with an invitation", async () => {
    await hostWith({ QUARTET_SIGNUP: "closed" });
    const { token } = await adminInviting("bob@example.ru");
    const refused = await signUpRequest(
      app,
      { email: "bob@example.ru" },
      { invitation: token, locale: "ru" },
    );
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({
      messageKey: "core.signup.closed",
      message: "Регистрация на этом сервере закрыта: попросите учётную запись у администратора",
    });
    expect(await userCount()).toBe(1);
    expect(await policyAsked()).toEqual({ policy: "closed", verifyEmail: false, firstUser: false });
  });
});

describe("core.instance: the administrator's choice of policy", () => {
  it("overrides QUARTET_SIGNUP until set back; nobody else may read or change it", async () => {
    await hostWith({});
    const admin = await personOf(await signUpRequest(app, { email: "admin@example.ru" }));
    const bob = await personOf(await signUpRequest(app, { email: "bob@example.ru" }));
    const asAdmin = await callerFor(t, admin);
    const asBob = await callerFor(t, bob);

    await expect(asBob.core.instance.setSignUpPolicy({ policy: "open" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only the server's administrator may change this",
    });
    await expect(asBob.core.instance.get()).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(
      await callRefusal(asAdmin.core.instance.setSignUpPolicy({ policy: "everyone" as "open" })),
    ).toMatchObject({ code: "BAD_REQUEST", fields: { policy: expect.any(String) } });

    await asAdmin.core.instance.setSignUpPolicy({ policy: "closed" });
    expect(await asAdmin.core.instance.get()).toMatchObject({ policy: "closed", serverPolicy: "open" });
    expect((await signUpRequest(app, { email: "eve@example.ru" })).status).toBe(403);

    await asAdmin.core.instance.setSignUpPolicy({ policy: null });
    expect((await signUpRequest(app, { email: "eve@example.ru" })).status).toBe(200);
  });
});

import { diagnostics } from "@quartet/db/org";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memoryMailer } from "../support/memory-mailer.ts";
import { createTestHost, userActor } from "../support/test-host.ts";
import { answersWith, fakeConsultant, refusalOf } from "./support.ts";

const owner = { ...userActor("usr_owner"), name: "Ольга", email: "olga@example.com" };
const request = { name: "Ольга Петрова", phone: "8 (912) 345-67-89", comment: "Позвоните после обеда" };

async function hostWith(env: NodeJS.ProcessEnv, mailer = memoryMailer()) {
  const t = await createTestHost({ env, mailer });
  const orgId = (await t.host.createOrganisation({ name: "Ромашка" })).id;
  const api = async () => (await t.caller(owner, orgId)).core.diagnostic;
  const saved = await (await api()).save({ answers: answersWith({ "farming.performer": "owner" }) });
  return { t, orgId, api, saved, mailer };
}

type Hosted = Awaited<ReturnType<typeof hostWith>>;

describe("sending a report to the consultant", () => {
  let receiver: Awaited<ReturnType<typeof fakeConsultant>>;
  let both: Hosted;
  beforeAll(async () => {
    receiver = await fakeConsultant();
    both = await hostWith({
      QUARTET_CONSULTANT_URL: receiver.url,
      QUARTET_CONSULTANT_EMAIL: "consult@example.com",
    });
  });
  afterAll(async () => {
    await both.t.close();
    await receiver.close();
  });

  it("says sending is configured", async () => {
    expect(await (await both.api()).consultant()).toEqual({ configured: true });
  });

  it("POSTs the report as JSON, mails it in the requester's language and marks it sent", async () => {
    const { sentAt } = await (await both.api()).send({ id: both.saved.id, ...request, locale: "ru" });
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]).toMatchObject({
      method: "POST",
      contentType: "application/json; charset=utf-8",
      body: {
        kind: "quartet.diagnostic.consultation",
        organisation: { name: "Ромашка" },
        requester: {
          name: "Ольга Петрова",
          phone: "+79123456789",
          email: "olga@example.com",
          comment: request.comment,
        },
        diagnostic: { id: both.saved.id, report: { weakest: "farming" } },
      },
    });
    const [mail] = both.mailer.sent;
    expect(mail).toMatchObject({ to: "consult@example.com" });
    expect(mail?.subject).toBe("Самодиагностика отдела продаж «Ромашка»: запрос консультации");
    expect(mail?.text).toContain("Запрос консультации: Ольга Петрова, +79123456789, olga@example.com.");
    expect(mail?.text).toContain("Самая слабая нога: Развитие клиентов.");
    expect(mail?.text).toContain("Назначьте отдельного специалиста на «Развитие клиентов»");
    expect(mail?.html).toContain("<li>Развитие клиентов: 80 из 100</li>");
    expect(await (await both.api()).get({ id: both.saved.id })).toMatchObject({ sentAt, sentBy: owner.id });
  });

  it("writes the mail in English for an English-speaking requester", async () => {
    await (await both.api()).send({ id: both.saved.id, ...request, locale: "en" });
    expect(both.mailer.sent.at(-1)?.text).toContain("The weakest leg: Client development.");
  });

  it("returns a clear error and does not mark the report sent when the URL fails", async () => {
    const fresh = await (await both.api()).save({ answers: answersWith() });
    receiver.answer(503);
    const mails = both.mailer.sent.length;
    expect(await refusalOf((await both.api()).send({ id: fresh.id, ...request }))).toMatchObject({
      code: "PRECONDITION_FAILED",
      message: "The consultant's address answered 503",
      details: { reason: "consultant-unreachable", status: 503 },
    });
    receiver.answer(200);
    expect(both.mailer.sent).toHaveLength(mails);
    expect((await (await both.api()).get({ id: fresh.id })).sentAt).toBeNull();
  });

  it("refuses a bad phone naming the field, and sends nothing", async () => {
    const posts = receiver.received.length;
    const refusal = await refusalOf((await both.api()).send({ id: both.saved.id, ...request, phone: "12" }));
    expect(refusal).toMatchObject({ code: "BAD_REQUEST", fields: { phone: "Not a phone number" } });
    expect(receiver.received).toHaveLength(posts);
  });

  it("answers NOT_FOUND for an unknown report", async () => {
    await expect((await both.api()).send({ id: "diag_nope", ...request })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("a consultant reached by mail only", () => {
  it("mails the report and marks it sent", async () => {
    const h = await hostWith({ QUARTET_CONSULTANT_EMAIL: "consult@example.com" });
    await (await h.api()).send({ id: h.saved.id, ...request, locale: "ru" });
    expect(h.mailer.sent.map((m) => m.to)).toEqual(["consult@example.com"]);
    expect((await (await h.api()).get({ id: h.saved.id })).sentAt).not.toBeNull();
    await h.t.close();
  });

  it("does not mark the report sent when the mail fails", async () => {
    const failing = {
      async send() {
        throw new Error("SMTP 451");
      },
    };
    const h = await hostWith({ QUARTET_CONSULTANT_EMAIL: "consult@example.com" }, failing as never);
    expect(await refusalOf((await h.api()).send({ id: h.saved.id, ...request }))).toMatchObject({
      code: "PRECONDITION_FAILED",
      details: { reason: "consultant-unreachable" },
    });
    const [row] = await (await h.t.host.runtime(h.orgId)).db.select().from(diagnostics);
    expect(row?.sentAt).toBeNull();
    await h.t.close();
  });
});

describe("no consultant configured", () => {
  it("says so, and refuses to send with a clear code", async () => {
    const h = await hostWith({});
    expect(await (await h.api()).consultant()).toEqual({ configured: false });
    expect(await refusalOf((await h.api()).send({ id: h.saved.id, ...request }))).toMatchObject({
      code: "PRECONDITION_FAILED",
      details: { reason: "consultant-not-configured" },
    });
    expect((await (await h.api()).get({ id: h.saved.id })).sentAt).toBeNull();
    await h.t.close();
  });

  it.each([
    [
      { QUARTET_CONSULTANT_URL: "ftp://consult.example.com" },
      /QUARTET_CONSULTANT_URL must be an http\(s\) URL/,
    ],
    [{ QUARTET_CONSULTANT_EMAIL: "consultant" }, /QUARTET_CONSULTANT_EMAIL must be a mail address/],
  ])("refuses to start with %o", async (env, message) => {
    await expect(createTestHost({ env })).rejects.toThrow(message);
  });
});

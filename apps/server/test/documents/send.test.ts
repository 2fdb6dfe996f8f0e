import { documentSends, eventDeliveries, outbox } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRefusal } from "../support/call-refusal.ts";
import { startSmtpSink } from "../support/smtp-sink.ts";
import { type SendHost, sendHost } from "./send-host.ts";

const isPdf = (bytes: Uint8Array) => new TextDecoder().decode(bytes.slice(0, 5)) === "%PDF-";

describe("sending an issued document by email", () => {
  let h: SendHost;
  beforeAll(async () => {
    h = await sendHost();
  });
  afterAll(() => h.close());

  it("mails a Russian invoice's PDF under its file name with a Russian letter, replies to the sender", async () => {
    const invoice = await h.issue("ru");
    const boris = await h.as(h.team.members.Boris.user, "ru");
    const queued = await boris.core.documents.send({
      documentId: invoice.id,
      to: ["buh@veter.ru", "ceo@veter.ru"],
    });
    expect(queued).toMatchObject({
      documentId: invoice.id,
      to: ["buh@veter.ru", "ceo@veter.ru"],
      status: "queued",
    });
    await h.deliver();
    const [mail] = h.documentMails();
    expect(mail).toMatchObject({
      from: "crm@kvartet.ru",
      fromName: "ООО «Квартет»",
      to: ["buh@veter.ru", "ceo@veter.ru"],
      replyTo: h.team.members.Boris.user.email,
      subject: `Счёт на оплату № ${invoice.number} от 7 декабря 2026 г. — ООО «Квартет»`,
    });
    expect(mail?.text).toContain("Во вложении — Счёт на оплату");
    expect(mail?.text).toContain("С уважением,\nBoris\nООО «Квартет»");
    expect(mail?.attachments).toHaveLength(1);
    expect(mail?.attachments[0]).toMatchObject({
      filename: invoice.fileName,
      contentType: "application/pdf",
    });
    expect(invoice.fileName).toBe(`Счёт № ${invoice.number} от 07.12.2026.pdf`);
    expect(isPdf(mail?.attachments[0]?.content ?? new Uint8Array())).toBe(true);
    const [listed] = await boris.core.documents.list({ subjectId: h.order.id });
    expect(listed?.sent).toEqual([{ to: ["buh@veter.ru", "ceo@veter.ru"], at: h.clock.now() }]);
    // The event delivered again (as after a lost lease) finds its send marked and mails nothing more.
    const handle = await h.t.host.orgs.get(h.orgId);
    const redo = await handle.db
      .update(eventDeliveries)
      .set({ status: "pending", nextAttemptAt: 0 })
      .where(eq(eventDeliveries.subscriber, "documents:mail"));
    expect(redo.rowsAffected).toBe(1);
    await h.deliver();
    expect(h.documentMails()).toHaveLength(1);
    expect(
      await handle.db.select().from(eventDeliveries).where(eq(eventDeliveries.subscriber, "documents:mail")),
    ).toMatchObject([{ status: "delivered" }]);
  });

  it("writes an English document's letter in English, the member's subject and words kept", async () => {
    const invoice = await h.issue("en");
    const anna = await h.as(h.team.owner.user, "ru");
    await anna.core.documents.send({
      documentId: invoice.id,
      to: ["buh@veter.ru"],
      message: "Dear John,\nas agreed.",
    });
    await anna.core.documents.send({
      documentId: invoice.id,
      to: ["buh@veter.ru"],
      subject: "December invoice",
    });
    await h.deliver();
    const [, first, second] = h.documentMails();
    expect(first?.subject).toBe(`Invoice No. ${invoice.number} of 7 December 2026 — ООО «Квартет»`);
    expect(first?.text).toMatch(/^Dear John,\nas agreed\.\n\nPlease find attached Invoice No\./);
    expect(first?.attachments[0]?.filename).toBe(invoice.fileName);
    expect(invoice.fileName).toMatch(new RegExp(`^Invoice No\\. ${invoice.number} of 2026-12-07`));
    expect(second?.subject).toBe("December invoice");
  });

  it("puts the mailing on the client's timeline, worded in each viewer's language", async () => {
    const invoice = await h.issue("ru");
    const vera = h.team.members.Vera.user;
    const to = ["director@veter.ru"];
    await (await h.as(h.team.owner.user, "ru")).core.documents.send({ documentId: invoice.id, to });
    const entryIn = async (locale: "ru" | "en") => {
      const page = await (await h.as(vera, locale)).core.timeline.list({ clientId: h.client.id });
      return page.items.find((e) => e.type === "email" && e.body.endsWith("director@veter.ru"));
    };
    expect((await entryIn("ru"))?.body).toBe(
      `Отправлено по почте: Счёт на оплату № ${invoice.number} от 7 декабря 2026 г. — director@veter.ru`,
    );
    expect((await entryIn("en"))?.body).toBe(
      `Emailed Invoice No. ${invoice.number} of 7 December 2026 to director@veter.ru`,
    );
  });

  it("refuses a member without the source's permission, writing nothing", async () => {
    const invoice = await h.issue("ru");
    const handle = await h.t.host.orgs.get(h.orgId);
    const before = [
      (await handle.db.select().from(documentSends)).length,
      (await handle.db.select().from(outbox)).length,
    ];
    const vera = await h.as(h.team.members.Vera.user, "ru");
    expect(
      await callRefusal(vera.core.documents.send({ documentId: invoice.id, to: ["buh@veter.ru"] })),
    ).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("core.orders.write"),
    });
    const after = [
      (await handle.db.select().from(documentSends)).length,
      (await handle.db.select().from(outbox)).length,
    ];
    expect(after).toEqual(before);
  });

  it("answers 400 naming `to` when there is nobody to send to, and for a malformed address", async () => {
    const invoice = await h.issue("ru");
    const anna = await h.as(h.team.owner.user, "en");
    expect(await callRefusal(anna.core.documents.send({ documentId: invoice.id, to: [] }))).toMatchObject({
      code: "BAD_REQUEST",
      fields: { to: "Enter at least one email address" },
    });
    const bad = await callRefusal(
      anna.core.documents.send({ documentId: invoice.id, to: ["not-an-address"] }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(Object.keys(bad.fields ?? {}).some((field) => field.startsWith("to"))).toBe(true);
  });

  it("over REST, no recipients is a 400 naming `to` in the caller's language", async () => {
    const invoice = await h.issue("ru");
    const response = await h.t.app().request("/api/v1/core.documents.send", {
      method: "POST",
      headers: {
        "x-test-user": h.team.owner.user.id,
        "x-test-org": h.orgId,
        "content-type": "application/json",
        "accept-language": "ru",
      },
      body: JSON.stringify({ documentId: invoice.id, to: [] }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: { code: "BAD_INPUT", fields: { to: "Укажите хотя бы один адрес почты" } },
    });
  });

  it("does not find another organisation's document", async () => {
    const other = await sendHost();
    try {
      const foreign = await other.issue("ru");
      const anna = await h.as(h.team.owner.user, "en");
      expect(
        await callRefusal(anna.core.documents.send({ documentId: foreign.id, to: ["a@b.ru"] })),
      ).toMatchObject({
        code: "NOT_FOUND",
        fields: { documentId: "This document does not exist" },
      });
    } finally {
      await other.close();
    }
  });
});

describe("a server without mail set up", () => {
  it("refuses to send, naming why, and writes nothing", async () => {
    const h = await sendHost({ logMail: true });
    try {
      const invoice = await h.issue("ru");
      const anna = await h.as(h.team.owner.user, "ru");
      expect(
        await callRefusal(anna.core.documents.send({ documentId: invoice.id, to: ["buh@veter.ru"] })),
      ).toMatchObject({
        code: "PRECONDITION_FAILED",
        message: "Mail is not set up on this server",
      });
      const handle = await h.t.host.orgs.get(h.orgId);
      expect(await handle.db.select().from(documentSends)).toEqual([]);
    } finally {
      await h.close();
    }
  });
});

describe("a mail server that is busy for a moment", () => {
  it("is tried again a few seconds later and the mail goes out once", async () => {
    const h = await sendHost({ sink: await startSmtpSink({ busy: { to: /@veter\.ru$/, times: 1 } }) });
    try {
      const invoice = await h.issue("ru");
      const anna = await h.as(h.team.owner.user, "ru");
      await anna.core.documents.send({ documentId: invoice.id, to: ["buh@veter.ru"] });
      const handle = await h.t.host.orgs.get(h.orgId);
      await h.deliver();
      expect(await handle.db.select().from(documentSends)).toMatchObject([{ status: "queued" }]);
      h.clock.advance(60_000);
      await h.deliver();
      expect(h.documentMails()).toHaveLength(1);
      expect(await handle.db.select().from(documentSends)).toMatchObject([{ status: "sent" }]);
    } finally {
      await h.close();
    }
  });
});

describe("a mail server that does not answer", () => {
  it("is tried three times, then the send is marked failed", async () => {
    const h = await sendHost();
    try {
      const invoice = await h.issue("ru");
      await h.sink.close();
      const anna = await h.as(h.team.owner.user, "ru");
      await anna.core.documents.send({ documentId: invoice.id, to: ["buh@veter.ru"] });
      const handle = await h.t.host.orgs.get(h.orgId);
      const statuses: string[] = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        await h.deliver();
        statuses.push(...(await handle.db.select().from(documentSends)).map((send) => send.status));
        h.clock.advance(60_000);
      }
      expect(statuses).toEqual(["queued", "queued", "failed"]);
      expect(await handle.db.select().from(documentSends)).toMatchObject([
        { error: expect.stringContaining("ECONNREFUSED") },
      ]);
    } finally {
      await h.close();
    }
  });
});

describe("a mail server that refuses", () => {
  it("marks the send failed and the document's list shows it", async () => {
    const h = await sendHost({ sink: await startSmtpSink({ rejectTo: /@veter\.ru$/ }) });
    try {
      const invoice = await h.issue("ru");
      const anna = await h.as(h.team.owner.user, "ru");
      await anna.core.documents.send({ documentId: invoice.id, to: ["buh@veter.ru"] });
      await h.deliver();
      const handle = await h.t.host.orgs.get(h.orgId);
      expect(await handle.db.select().from(documentSends)).toMatchObject([
        { status: "failed", sentAt: null, error: expect.stringContaining("550") },
      ]);
      const [listed] = await anna.core.documents.list({ subjectId: h.order.id });
      expect(listed).toMatchObject({ sent: [], failed: [{ to: ["buh@veter.ru"], at: h.clock.now() }] });
    } finally {
      await h.close();
    }
  });
});

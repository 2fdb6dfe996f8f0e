import { manualClock, systemActor } from "@quartet/core";
import { letters, outbox } from "@quartet/db/org";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addMember, callerFor, createUser, orgOwnedBy, requestsAs } from "../support/people.ts";
import { type SmtpSink, startSmtpSink } from "../support/smtp-sink.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";
import { type ImapServer, startImapServer } from "./imap-server.ts";
import { encodedWord, letterWithAttachment, plainLetter } from "./letters.ts";

type TimelineItem = { id: string; type: string; body: string; data: Record<string, unknown> };

describe("a connected mailbox: letters in, replies out", () => {
  let t: TestHost;
  let imap: ImapServer;
  let sink: SmtpSink;
  let orgId: string;
  let clientId: string;
  let owner: Awaited<ReturnType<typeof createUser>>;
  let member: Awaited<ReturnType<typeof createUser>>;
  let ownerApi: Awaited<ReturnType<typeof callerFor>>;
  let memberApi: Awaited<ReturnType<typeof callerFor>>;
  let mailboxId: string;
  const clock = manualClock(Date.now());

  /** One run of core's polling job, then the outbox (a reply's sending) drained. */
  const poll = async () => {
    clock.advance(61_000);
    const report = await t.host.scheduler.tickOrg(orgId);
    for (let pass = 0; pass < 3; pass++) {
      await t.host.dispatcher.sweep();
      await t.host.dispatcher.idle();
    }
    return report;
  };
  const db = async () => (await t.host.runtime(orgId)).db;
  const letterBy = async (messageId: string) =>
    (await (await db()).select().from(letters).where(eq(letters.messageId, messageId)))[0];
  const timeline = async (locale: "ru" | "en" = "ru") => {
    const input = encodeURIComponent(JSON.stringify({ json: { clientId } }));
    const response = await t.app().request(`/trpc/core.timeline.list?input=${input}`, {
      headers: { "x-test-user": owner.id, "x-test-org": orgId, "x-quartet-locale": locale },
    });
    const body = (await response.json()) as { result: { data: { json: { items: TimelineItem[] } } } };
    return body.result.data.json.items;
  };
  const settings = (imapPort: number, password = "secret-pw") => ({
    name: "Отдел продаж",
    address: "sales@quartet-shop.ru",
    imap: { host: "127.0.0.1", port: imapPort, tls: false, user: "sales", password },
    folders: ["INBOX", "Leads"],
    roles: [],
    smtp: null,
  });

  beforeAll(async () => {
    imap = await startImapServer({
      user: "sales",
      password: "secret-pw",
      folders: {
        INBOX: [
          plainLetter(
            { From: "old@romashka.ru", Subject: "old", "Message-ID": "<old@romashka.ru>" },
            "history",
          ),
        ],
        Leads: [],
      },
    });
    sink = await startSmtpSink();
    t = await createTestHost({ clock, env: { QUARTET_SMTP_URL: sink.url } });
    owner = await createUser(t, "Anna");
    member = await createUser(t, "Boris");
    orgId = (await orgOwnedBy(t, owner)).id;
    await addMember(t, orgId, owner, member, "head-of-sales");
    ownerApi = await callerFor(t, owner, orgId);
    memberApi = await callerFor(t, member, orgId);
    clientId = (
      await ownerApi.core.clients.create({
        name: "ООО Ромашка",
        emails: ["info@romashka.ru"],
        website: "romashka.ru",
      })
    ).id;
    mailboxId = (await ownerApi.core.mail.mailboxes.save(settings(imap.port))).id;
    await poll(); // the first poll only notes where each folder stands
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await imap.close();
    await sink.close();
  });

  it("never sends a password back, and keeps it when the marker comes back", async () => {
    const [view] = await ownerApi.core.mail.mailboxes.list();
    expect(view).toMatchObject({ id: mailboxId, status: "ok", statusMessage: null, imap: { user: "sales" } });
    expect(JSON.stringify(view)).not.toContain("secret-pw");
    await ownerApi.core.mail.mailboxes.save({ ...settings(imap.port, view?.imap.password), id: mailboxId });
    await poll();
    expect((await ownerApi.core.mail.mailboxes.list())[0]).toMatchObject({ status: "ok" });
  });

  it("does not bring in the mailbox's history, only letters that arrive after connecting", async () => {
    expect(await letterBy("<old@romashka.ru>")).toBeUndefined();
  });

  it("puts a known sender's letter on the client's timeline, with its attachment", async () => {
    imap.deliver(
      "INBOX",
      letterWithAttachment(
        {
          From: "Иван <ivan@romashka.ru>",
          To: "sales@quartet-shop.ru",
          Subject: encodedWord("Запрос цены"),
          "Message-ID": "<q1@romashka.ru>",
        },
        "Пришлите цену на 100 стульев.",
        { name: "spec.pdf", bytes: Buffer.from("%PDF-1.4 spec") },
      ),
    );
    await poll();
    const letter = await letterBy("<q1@romashka.ru>");
    expect(letter).toMatchObject({
      clientId,
      direction: "inbound",
      subject: "Запрос цены",
      fromAddress: "ivan@romashka.ru",
    });
    expect(letter?.text).toContain("100 стульев");
    const entry = (await timeline()).find((item) => item.id === letter?.activityId);
    expect(entry).toMatchObject({ type: "email", body: "Письмо от ivan@romashka.ru: Запрос цены" });
    const thread = await ownerApi.core.mail.letters.thread({ letterId: letter?.id ?? "" });
    const [file] = thread.letters[0]?.attachments ?? [];
    expect(file).toMatchObject({ fileName: "spec.pdf", stored: true });
    const download = await requestsAs(t, owner, orgId)(`/api/v1/mail/attachments/${file?.id}?org=${orgId}`);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).toString()).toBe("%PDF-1.4 spec");
  });

  it("keeps a letter found in two folders once, and a re-poll adds nothing", async () => {
    const raw = plainLetter(
      { From: "ivan@romashka.ru", Subject: "twice", "Message-ID": "<twice@romashka.ru>" },
      "x",
    );
    imap.deliver("INBOX", raw);
    imap.deliver("Leads", raw);
    await poll();
    await poll();
    const rows = await (await db())
      .select()
      .from(letters)
      .where(eq(letters.messageId, "<twice@romashka.ru>"));
    expect(rows).toHaveLength(1);
  });

  it("sends a reply over SMTP with In-Reply-To, References and «Re:», and puts it in the thread", async () => {
    const parent = await letterBy("<q1@romashka.ru>");
    const before = sink.received.length;
    const reply = await ownerApi.core.mail.letters.reply({
      letterId: parent?.id ?? "",
      text: "Цена — 1 500 ₽ за стул.",
    });
    expect(reply).toMatchObject({ status: "queued", to: ["ivan@romashka.ru"], subject: "Re: Запрос цены" });
    await poll();
    const mail = await sink.nth(before + 1);
    expect(mail).toMatchObject({
      to: ["ivan@romashka.ru"],
      subject: "Re: Запрос цены",
      inReplyTo: "<q1@romashka.ru>",
      references: ["<q1@romashka.ru>"],
      replyTo: "sales@quartet-shop.ru",
    });
    expect(mail.text).toContain("1 500 ₽");
    const sent = (await (await db()).select().from(letters).where(eq(letters.id, reply.id)))[0];
    expect(sent).toMatchObject({ status: "sent", threadId: parent?.threadId, messageId: mail.messageId });
    const thread = await ownerApi.core.mail.letters.thread({ letterId: parent?.id ?? "" });
    expect(thread.letters.map((l) => l.direction)).toEqual(["inbound", "outbound"]);
    // The outbox delivers at least once: a delivery marked pending again (a crash before its mark) sends nothing more.
    const org = await t.host.runtime(orgId);
    await org.write(systemActor, (scope) =>
      scope.tx.run(
        sql`update core_event_deliveries set status = 'pending', next_attempt_at = 0 where event_id = ${reply.id}`,
      ),
    );
    await poll();
    expect(sink.received.filter((m) => m.inReplyTo === "<q1@romashka.ru>")).toHaveLength(1);
  });

  it("puts the client's answer from another address in the same thread, on the same client", async () => {
    const sent = (await (await db()).select().from(letters).where(eq(letters.direction, "outbound")))[0];
    imap.deliver(
      "INBOX",
      plainLetter(
        {
          From: "buh@gmail.com",
          Subject: encodedWord("Re: Запрос цены"),
          "Message-ID": "<a2@gmail.com>",
          "In-Reply-To": sent?.messageId ?? "",
          References: `<q1@romashka.ru> ${sent?.messageId}`,
        },
        "Согласны, выставляйте счёт.",
      ),
    );
    await poll();
    const answer = await letterBy("<a2@gmail.com>");
    expect(answer).toMatchObject({ clientId, threadId: sent?.threadId });
    expect((await timeline()).some((item) => item.id === answer?.activityId)).toBe(true);
  });

  it("leaves an unknown sender's letter to the intake (core.letter.received without a client)", async () => {
    imap.deliver(
      "Leads",
      plainLetter(
        { From: "new@unknown-firm.ru", Subject: "Hello", "Message-ID": "<n1@unknown-firm.ru>" },
        "Нужна мебель",
      ),
    );
    await poll();
    const letter = await letterBy("<n1@unknown-firm.ru>");
    expect(letter).toMatchObject({ clientId: null, activityId: null });
    const events = await (await db()).select().from(outbox).where(eq(outbox.name, "core.letter.received"));
    expect(events.map((e) => (e.payload as { letterId: string }).letterId)).toContain(letter?.id);
  });

  it("matches a company's domain, but never a public mail service's", async () => {
    imap.deliver(
      "INBOX",
      plainLetter({ From: "director@romashka.ru", Subject: "d", "Message-ID": "<d1@romashka.ru>" }, "d"),
    );
    imap.deliver(
      "INBOX",
      plainLetter({ From: "someone@mail.ru", Subject: "m", "Message-ID": "<m1@mail.ru>" }, "m"),
    );
    await poll();
    expect(await letterBy("<d1@romashka.ru>")).toMatchObject({ clientId });
    expect(await letterBy("<m1@mail.ru>")).toMatchObject({ clientId: null });
  });

  it("keeps a mailbox's letters from roles it is not open to", async () => {
    const open = await letterBy("<q1@romashka.ru>");
    expect((await memberApi.core.mail.letters.thread({ letterId: open?.id ?? "" })).letters).not.toHaveLength(
      0,
    );
    await ownerApi.core.mail.mailboxes.save({
      ...settings(imap.port, "••••••"),
      id: mailboxId,
      roles: ["member"],
    });
    const letter = await letterBy("<q1@romashka.ru>");
    await expect(memberApi.core.mail.letters.thread({ letterId: letter?.id ?? "" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const [file] =
      (await ownerApi.core.mail.letters.thread({ letterId: letter?.id ?? "" })).letters[0]?.attachments ?? [];
    const download = await requestsAs(t, member, orgId)(`/api/v1/mail/attachments/${file?.id}?org=${orgId}`);
    expect(download.status).toBe(404);
    await ownerApi.core.mail.mailboxes.save({ ...settings(imap.port, "••••••"), id: mailboxId, roles: [] });
  });

  it("reads a renumbered folder again without storing a letter twice", async () => {
    imap.renumber("INBOX");
    imap.deliver(
      "INBOX",
      plainLetter({ From: "ivan@romashka.ru", Subject: "after", "Message-ID": "<after@romashka.ru>" }, "a"),
    );
    await poll();
    expect(await letterBy("<after@romashka.ru>")).toMatchObject({ clientId });
    const rows = await (await db()).select().from(letters).where(eq(letters.messageId, "<q1@romashka.ru>"));
    expect(rows).toHaveLength(1);
  });

  it("shows a wrong password as the mailbox's worded status, and the job goes on", async () => {
    await ownerApi.core.mail.mailboxes.save({ ...settings(imap.port, "wrong"), id: mailboxId });
    const report = await poll();
    expect(Object.entries(report)).toContainEqual([expect.stringContaining("mail.poll"), "ran"]);
    const [view] = await ownerApi.core.mail.mailboxes.list();
    expect(view).toMatchObject({
      status: "failing",
      statusMessage: "The mail server refused the login or password",
    });
    await ownerApi.core.mail.mailboxes.save({ ...settings(imap.port), id: mailboxId });
  });
});

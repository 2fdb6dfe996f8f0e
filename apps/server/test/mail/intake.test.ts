import { systemActor } from "@quartet/core";
import { mailboxes } from "@quartet/db/org";
import { prospectingPlugin } from "@quartet/prospecting/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pollMailbox } from "../../src/mail/index.ts";
import { pluginHost } from "../support/plugin-host.ts";
import { type ImapServer, startImapServer } from "./imap-server.ts";
import { encodedWord, plainLetter } from "./letters.ts";

describe("a letter from an unknown sender with prospecting enabled", () => {
  let h: Awaited<ReturnType<typeof pluginHost<readonly [typeof prospectingPlugin]>>>;
  let imap: ImapServer;

  /** One poll of every connected mailbox, then the outbox delivered to prospecting. */
  const poll = async () => {
    const ctx = h.t.host.serviceContext({
      org: await h.t.host.runtime(h.orgId),
      actor: systemActor,
      clock: h.clock,
      logger: h.t.host.logger,
      settings: undefined,
    });
    for (const row of await ctx.org.db.select().from(mailboxes)) await pollMailbox(ctx, row, "ru");
    await h.deliver();
  };
  const emailRequests = async () =>
    (await (await h.as(h.owner)).prospecting.inbox.list({ channel: "email" })).items;

  beforeAll(async () => {
    imap = await startImapServer({ user: "sales", password: "pw", folders: { INBOX: [] } });
    h = await pluginHost([prospectingPlugin]);
    await (await h.core()).core.mail.mailboxes.save({
      name: "Заявки",
      address: "zakaz@quartet-shop.ru",
      imap: { host: "127.0.0.1", port: imap.port, tls: false, user: "sales", password: "pw" },
      folders: ["INBOX"],
      roles: [],
      smtp: null,
    });
    await poll();
  });
  afterAll(async () => {
    await h.close();
    await imap.close();
  });

  it("opens one inbound request in the inbox (channel email, the mailbox as its source), even when delivered again", async () => {
    imap.deliver(
      "INBOX",
      plainLetter(
        {
          From: `${encodedWord("Пётр Смирнов")} <petr@stroy-nova.ru>`,
          Subject: encodedWord("Нужны стулья"),
          "Message-ID": "<s1@stroy-nova.ru>",
        },
        "Здравствуйте! Нужно 40 стульев к марту.",
      ),
    );
    await poll();
    const requests = await emailRequests();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ channel: "email", source: "email:zakaz@quartet-shop.ru" });
    const [event] = await h.outbox("core.letter.received");
    await h.redeliver(event?.id ?? "");
    await h.deliver();
    expect(await emailRequests()).toHaveLength(1);
  });

  it("keeps the sender's following letter in the same thread without a second request", async () => {
    imap.deliver(
      "INBOX",
      plainLetter(
        {
          From: "petr@stroy-nova.ru",
          Subject: "Re",
          "Message-ID": "<s2@stroy-nova.ru>",
          "In-Reply-To": "<s1@stroy-nova.ru>",
        },
        "И ещё 10 столов.",
      ),
    );
    await poll();
    expect(await emailRequests()).toHaveLength(1);
  });
});

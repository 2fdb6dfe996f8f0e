import { describe, expect, it } from "vitest";
import { mailboxDraft, mailboxInput } from "./mailbox-draft.ts";

const stored = {
  id: "mbx_1",
  name: "Продажи",
  address: "sales@romashka.ru",
  imap: { host: "imap.romashka.ru", port: 993, tls: true, user: "sales", password: "••••••" },
  folders: ["INBOX"],
  roles: ["member"],
  smtp: null,
  status: "ok" as const,
  statusMessage: null,
  lastPolledAt: 1,
};

describe("mailbox draft", () => {
  it("starts a new mailbox on IMAPS watching INBOX, without its own SMTP", () => {
    expect(mailboxInput(mailboxDraft())).toMatchObject({
      imap: { port: 993, tls: true },
      folders: ["INBOX"],
      smtp: null,
    });
  });
  it("sends a stored mailbox back with its id and the masked password (kept by the server)", () => {
    expect(mailboxInput(mailboxDraft(stored))).toEqual({
      id: "mbx_1",
      name: "Продажи",
      address: "sales@romashka.ru",
      imap: stored.imap,
      folders: ["INBOX"],
      roles: ["member"],
      smtp: null,
    });
  });
  it.each([
    ["", Number.NaN],
    ["abc", Number.NaN],
    ["143", 143],
  ])("sends the port %j as %s", (port, expected) => {
    const draft = mailboxDraft();
    expect(mailboxInput({ ...draft, imap: { ...draft.imap, port } }).imap.port).toBe(expected);
  });
  it("sends its own SMTP only when switched on", () => {
    const draft = { ...mailboxDraft(), ownSmtp: true };
    expect(mailboxInput(draft).smtp).toMatchObject({ port: 465, tls: true });
  });
});

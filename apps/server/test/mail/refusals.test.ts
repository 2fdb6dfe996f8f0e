import { allCorePermissions, corePermissions } from "@quartet/core";
import { letters, mailboxes, outbox } from "@quartet/db/org";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRefusal } from "../support/call-refusal.ts";
import { callPath, everyPermissionBut } from "../support/refusals.ts";
import { createTestHost, type TestHost, userActor } from "../support/test-host.ts";

const catalog = allCorePermissions.map((p) => p.id);
const mailbox = {
  name: "Продажи",
  address: "sales@quartet-shop.ru",
  imap: { host: "imap.quartet-shop.ru", port: 993, tls: true, user: "sales", password: "pw" },
  folders: ["INBOX"],
  roles: [],
  smtp: null,
};

describe("mail refusals", () => {
  let t: TestHost;
  let orgId: string;
  const rows = async () => {
    const db = (await t.host.runtime(orgId)).db;
    return [
      await db.select().from(mailboxes),
      await db.select().from(letters),
      await db.select().from(outbox),
    ];
  };

  beforeAll(async () => {
    t = await createTestHost();
    orgId = (await t.host.createOrganisation({ name: "A" })).id;
  });
  afterAll(() => t.close());

  it.each([
    ["core.mail.mailboxes.save", corePermissions.orgManage.id, mailbox],
    ["core.mail.mailboxes.remove", corePermissions.orgManage.id, { id: "mbx_x" }],
    ["core.mail.mailboxes.list", corePermissions.orgManage.id, undefined],
    ["core.mail.mailboxes.poll", corePermissions.orgManage.id, { id: "mbx_x" }],
    [
      "core.mail.letters.reply",
      corePermissions.activitiesWrite.id,
      { letterId: "ltr_x", text: "Добрый день" },
    ],
    ["core.mail.letters.thread", corePermissions.clientsRead.id, { letterId: "ltr_x" }],
  ])("%s refuses a member without %s and writes nothing", async (path, permission, input) => {
    const before = await rows();
    const caller = await t.caller(everyPermissionBut(catalog, permission), orgId);
    await expect(callPath(caller, path, input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await rows()).toEqual(before);
  });

  it.each([
    ["no name", { ...mailbox, name: " " }, "name"],
    ["an address that is not one", { ...mailbox, address: "sales" }, "address"],
    ["no IMAP host", { ...mailbox, imap: { ...mailbox.imap, host: "" } }, "imap.host"],
    ["a port out of range", { ...mailbox, imap: { ...mailbox.imap, port: 70000 } }, "imap.port"],
    ["no password", { ...mailbox, imap: { ...mailbox.imap, password: "" } }, "imap.password"],
    [
      "the masked marker for a new mailbox",
      { ...mailbox, imap: { ...mailbox.imap, password: "••••••" } },
      "imap.password",
    ],
    ["no folder", { ...mailbox, folders: [] }, "folders"],
    ["an SMTP server without a host", { ...mailbox, smtp: { ...mailbox.imap, host: "" } }, "smtp.host"],
  ])("mailboxes.save refuses %s naming %s, writing nothing", async (_, input, field) => {
    const before = await rows();
    const owner = await t.caller(userActor("usr_owner"), orgId);
    const refusal = await callRefusal(owner.core.mail.mailboxes.save(input));
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(Object.keys(refusal.fields ?? {})).toContain(field);
    expect(await rows()).toEqual(before);
  });

  it("refuses a reply to a letter that does not exist as NOT_FOUND naming letterId", async () => {
    const owner = await t.caller(userActor("usr_owner"), orgId);
    const refusal = await callRefusal(
      owner.core.mail.letters.reply({ letterId: "ltr_nope", text: "Добрый день" }),
    );
    expect(refusal.code).toBe("NOT_FOUND");
    expect(Object.keys(refusal.fields ?? {})).toContain("letterId");
  });

  it("refuses an empty reply naming text", async () => {
    const owner = await t.caller(userActor("usr_owner"), orgId);
    const refusal = await callRefusal(owner.core.mail.letters.reply({ letterId: "ltr_x", text: "  " }));
    expect(refusal.code).toBe("BAD_REQUEST");
    expect(Object.keys(refusal.fields ?? {})).toContain("text");
  });
});

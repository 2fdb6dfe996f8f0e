import { auditLog, bankAccounts } from "@quartet/db/org";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRefusal } from "../support/call-refusal.ts";
import { seedClient } from "../support/clients.ts";
import { type TeamPerson, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

type Caller = TeamPerson["caller"];

const sber = {
  bik: "044525225",
  account: "40702810400000000005",
  correspondentAccount: "30101810400000000225",
};
const tbank = { bik: "044525974", bankName: "Т-Банк", account: "40802810700000000002" };
const card = {
  fullName: "Общество с ограниченной ответственностью «Ромашка»",
  shortName: "ООО «Ромашка»",
  inn: "7707 083 893",
  kpp: "773601001",
  ogrn: "1027700132195",
  legalAddress: "117997, Москва, ул. Вавилова, 19",
  directorName: "Иванов Иван Иванович",
  directorTitle: "Генеральный директор",
  accountantName: "Петрова Мария Сергеевна",
  vatMode: "vat20" as const,
  paymentDays: 5,
  bankAccounts: [sber, tbank],
};

describe("requisites", () => {
  let t: TestHost;
  let orgId: string;
  let owner: Caller;
  let member: Caller;
  let viewer: Caller;
  let boris: string;

  beforeAll(async () => {
    t = await createTestHost();
    const team = await teamFixture(t, { members: { Boris: "member", Vera: "viewer" } });
    orgId = team.orgId;
    boris = team.members.Boris.user.id;
    [owner, member, viewer] = [team.owner.caller, team.members.Boris.caller, team.members.Vera.caller];
  });
  afterAll(() => t.close());

  it("keeps the organisation's card: codes without spaces, the first account the default, audited", async () => {
    expect(await owner.core.requisites.org.get()).toMatchObject({
      fullName: null,
      vatMode: "none",
      bankAccounts: [],
    });
    await owner.core.requisites.org.set(card);
    const saved = await member.core.requisites.org.get();
    expect(saved).toMatchObject({
      shortName: "ООО «Ромашка»",
      inn: "7707083893",
      vatMode: "vat20",
      paymentDays: 5,
      postalAddress: null,
      images: {},
      bankAccounts: [
        { ...sber, bankName: null, isDefault: true },
        { ...tbank, correspondentAccount: null, isDefault: false },
      ],
    });
    const db = (await t.host.runtime(orgId)).db;
    const audit = await db.select().from(auditLog).where(eq(auditLog.action, "core.requisites.set"));
    expect(audit).toHaveLength(1);
  });

  it("refuses an account failing its BIK's control key by its field, writing nothing", async () => {
    const before = await owner.core.requisites.org.get();
    const refusal = await callRefusal(
      owner.core.requisites.org.set({
        ...card,
        shortName: "Другое имя",
        bankAccounts: [{ ...sber, account: "40702810400000000006" }],
      }),
    );
    expect(refusal).toMatchObject({
      code: "BAD_REQUEST",
      fields: { "bankAccounts.0.account": expect.any(String) },
    });
    expect(Object.keys(refusal.fields ?? {})).toEqual(["bankAccounts.0.account"]);
    expect(await owner.core.requisites.org.get()).toEqual(before);
  });

  it("names the field of a single account's edit", async () => {
    const refusal = await callRefusal(
      owner.core.requisites.org.bankAccounts.add({ account: { ...tbank, account: "40802810700000000003" } }),
    );
    expect(refusal).toMatchObject({
      code: "BAD_REQUEST",
      fields: { "account.account": expect.stringContaining("BIK") },
    });
  });

  it("adds, changes and removes one account, keeping one default", async () => {
    const spb = { bik: "044030653", account: "40702810555000000007", isDefault: true };
    const added = await owner.core.requisites.org.bankAccounts.add({ account: spb });
    expect(added.map((a) => [a.account, a.isDefault])).toEqual([
      [sber.account, false],
      [tbank.account, false],
      [spb.account, true],
    ]);
    const second = added[1]?.id ?? "";
    const promoted = await owner.core.requisites.org.bankAccounts.update({
      id: second,
      account: { ...tbank, isDefault: true },
    });
    expect(promoted.filter((a) => a.isDefault).map((a) => a.id)).toEqual([second]);
    const left = await owner.core.requisites.org.bankAccounts.remove({ id: second });
    expect(left.map((a) => [a.account, a.isDefault])).toEqual([
      [sber.account, true],
      [spb.account, false],
    ]);
    expect(
      await callRefusal(owner.core.requisites.org.bankAccounts.remove({ id: "bank_nope" })),
    ).toMatchObject({
      code: "NOT_FOUND",
    });
    expect(
      await callRefusal(
        owner.core.requisites.org.bankAccounts.add({ account: { ...sber, bankName: "Сбер" } }),
      ),
    ).toMatchObject({ code: "BAD_REQUEST", fields: { account: expect.any(String) } });
  });

  it("refuses the organisation's card to a member and a viewer (core.requisites.manage)", async () => {
    for (const caller of [member, viewer]) {
      await expect(caller.core.requisites.org.set(card)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(caller.core.requisites.org.bankAccounts.add({ account: sber })).rejects.toMatchObject({
        code: "FORBIDDEN",
      });
    }
  });

  it("keeps a client's codes on the client and the rest beside it, under the client edit permission", async () => {
    const client = await seedClient(t, orgId, boris, { firstSaleOwnerId: boris });
    const saved = await member.core.requisites.client.set({
      clientId: client.id,
      requisites: { ...card, bankAccounts: [tbank, { ...sber, isDefault: true }] },
    });
    expect(saved).toMatchObject({ inn: "7707083893", directorName: "Иванов Иван Иванович" });
    expect(saved.bankAccounts.map((a) => a.isDefault)).toEqual([false, true]);
    const view = await member.core.clients.get({ id: client.id });
    expect(view).toMatchObject({
      client: { inn: "7707083893", legalName: card.fullName, address: card.legalAddress },
    });
    expect(await viewer.core.requisites.client.get({ clientId: client.id })).toEqual(saved);
    await expect(
      viewer.core.requisites.client.set({ clientId: client.id, requisites: card }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      viewer.core.requisites.client.bankAccounts.remove({
        clientId: client.id,
        id: saved.bankAccounts[0]?.id ?? "",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const refusal = await callRefusal(
      member.core.requisites.client.set({
        clientId: client.id,
        requisites: { bankAccounts: [sber, { ...tbank, account: "40802810700000000003" }] },
      }),
    );
    expect(refusal.fields).toEqual({ "requisites.bankAccounts.1.account": expect.any(String) });
    const db = (await t.host.runtime(orgId)).db;
    expect(await db.select().from(bankAccounts).where(eq(bankAccounts.ownerId, client.id))).toHaveLength(2);
  });

  it("a client nobody may see is NOT_FOUND", async () => {
    await expect(member.core.requisites.client.get({ clientId: "cli_nope" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

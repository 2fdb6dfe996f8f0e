import { isDomainError } from "@quartet/core";
import { formatError } from "@quartet/core/trpc";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, teamFixture } from "../support/people.ts";
import { createTestHost, type TestHost } from "../support/test-host.ts";

async function refusal(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`Expected a refusal, got ${String(error)}`);
  const details = isDomainError(error.cause) ? error.cause.details : undefined;
  return { code: error.code, ...formatError(error), details };
}

describe("creating clients: validation and duplicates at the door", () => {
  let t: TestHost;
  let anna: Awaited<ReturnType<typeof createUser>>;
  beforeAll(async () => {
    t = await createTestHost();
    anna = await createUser(t, "Anna");
  });
  afterAll(() => t.close());

  async function api() {
    const { owner } = await teamFixture(t, { owner: anna, org: "Продажи", members: {} });
    return owner.caller.core.clients;
  }

  it("refuses an INN with a wrong checksum, naming the field", async () => {
    const clients = await api();
    const refused = await refusal(clients.create({ name: "Ромашка", inn: "7707083894" }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toContain("inn");
    expect(refused.data.fields).toEqual({ inn: "INN checksum does not match" });
    expect((await clients.count({})).count).toBe(0);
  });

  it("stores normalized fields and makes the creator the owner for the stage's function", async () => {
    const clients = await api();
    const { id } = await clients.create({
      name: "ООО «Ромашка»",
      inn: "7707 083 893",
      phones: ["8 (495) 123-45-67", "+7 495 123 45 67"],
      emails: [" Info@Romashka.RU "],
      website: "https://www.romashka.ru/contacts",
      tags: ["Опт", "опт", "VIP-кандидат"],
    });
    const page = await clients.get({ id });
    if (page.merged) throw new Error("not merged");
    expect(page.client).toMatchObject({
      inn: "7707083893",
      phones: ["+74951234567"],
      emails: ["info@romashka.ru"],
      website: "romashka.ru",
      tags: ["Опт", "VIP-кандидат"],
      stage: "prospect",
      owners: { prospecting: anna.id, "first-sale": null, farming: null, vip: null },
    });
    expect(page.stageHistory).toMatchObject([{ fromStage: null, toStage: "prospect" }]);
    expect(page.counts).toEqual({ orders: 0, openTasks: 0 });
  });

  it("takes two spellings of one phone for the same number and flags the second client", async () => {
    const clients = await api();
    const first = await clients.create({ name: "ООО Ромашка", phones: ["8 (495) 123-45-67"] });
    const refused = await refusal(clients.create({ name: "Лютик", phones: ["+7 495 123 45 67"] }));
    expect(refused.code).toBe("CONFLICT");
    expect(refused.details?.candidates).toEqual([
      expect.objectContaining({ id: first.id, name: "ООО Ромашка", reasons: ["phone"], visible: true }),
    ]);
    const second = await clients.create({
      name: "Лютик",
      phones: ["+7 495 123 45 67"],
      allowDuplicate: true,
    });
    expect(second.warnings.map((w) => w.id)).toEqual([first.id]);
    expect((await clients.count({})).count).toBe(2);
  });

  it("flags the same INN, a contact's email and a company domain, but not a free-mail domain", async () => {
    const clients = await api();
    const first = await clients.create({
      name: "Газ",
      inn: "7736050003",
      contacts: [
        { name: "Иван", emails: ["ivan@gaz.ru"] },
        { name: "Пётр", emails: ["petr@gmail.com"] },
      ],
    });
    const byInn = await refusal(clients.create({ name: "Другое имя", inn: "7736050003" }));
    expect(byInn.details?.candidates).toMatchObject([{ id: first.id, reasons: ["inn"], inn: "7736050003" }]);
    const byEmail = await refusal(clients.create({ name: "Третье", emails: ["IVAN@gaz.ru"] }));
    expect(byEmail.details?.candidates).toMatchObject([{ id: first.id, reasons: ["email", "domain"] }]);
    const byDomain = await refusal(clients.create({ name: "Четвёртое", website: "gaz.ru" }));
    expect(byDomain.details?.candidates).toMatchObject([{ id: first.id, reasons: ["domain"] }]);
    const freeMail = await clients.create({ name: "Пятое", emails: ["someone@gmail.com"] });
    expect(freeMail.warnings).toEqual([]);
  });

  it("warns about a similar name without refusing, and checks raw fields for the form", async () => {
    const clients = await api();
    const first = await clients.create({ name: "ООО Ромашка", phones: ["+7 916 000-00-01"] });
    const similar = await clients.create({ name: "АО Ромашко" });
    expect(similar.warnings).toMatchObject([{ id: first.id, reasons: ["name"] }]);
    expect((await clients.create({ name: "Ромашка Плюс Трейд Групп" })).warnings).toEqual([]);
    const check = await clients.checkDuplicates({ name: "Ромашка", phones: ["89160000001", "not a phone"] });
    expect(check.blocking).toMatchObject([{ id: first.id, reasons: ["phone", "name"] }]);
    expect(check.warnings).toMatchObject([{ id: similar.id, reasons: ["name"] }]);
    const self = await clients.checkDuplicates({ name: "Ромашка", excludeId: first.id });
    expect(self.blocking).toEqual([]);
  });

  it("replaces every field on update, frees the old keys and refuses a stale edit", async () => {
    const clients = await api();
    const a = await clients.create({ name: "Альфа", phones: ["+7 495 111-11-11"], region: "Москва" });
    const page = await clients.get({ id: a.id });
    if (page.merged) throw new Error("not merged");
    const updated = await clients.update({
      id: a.id,
      name: "Альфа-М",
      phones: ["+7 495 222-22-22"],
      expectedUpdatedAt: page.client.updatedAt,
    });
    const after = await clients.get({ id: a.id });
    expect(after.merged === false && after.client).toMatchObject({ name: "Альфа-М", region: null });
    const stale = await refusal(
      clients.update({ id: a.id, name: "X", expectedUpdatedAt: page.client.updatedAt }),
    );
    expect(stale.code).toBe("CONFLICT");
    expect(updated.updatedAt).toBeGreaterThan(page.client.updatedAt);
    expect((await clients.create({ name: "Бета", phones: ["+7 495 111-11-11"] })).warnings).toEqual([]);
    expect((await refusal(clients.create({ name: "Гамма", phones: ["+74952222222"] }))).code).toBe(
      "CONFLICT",
    );
    const warned = await clients.update({ id: a.id, name: "Альфа-М", phones: ["+7 495 111-11-11"] });
    expect(warned.warnings).toMatchObject([{ name: "Бета", reasons: ["phone"] }]);
  });
});
